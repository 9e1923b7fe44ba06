// The product's latest value of an app or integration metric is offered as the starting point;
// what is saved says who produced it: the product's value keeps its source, a typed one is `self`.
import type { Goalpost } from "@goalpost/core";
import { demoAdminKey } from "@goalpost/mock-backend";
import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { apiBase, renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { Screens } from "../Screens.tsx";
import { BaselineScreen } from "../screens/BaselineScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const storedOf = (goalpost: Goalpost, metricId: string) =>
  backend.state.agreements.find(
    (a) => a.accountId === goalpost.user.value?.accountId && a.metricId === metricId,
  );

/** Agrees `metric` on the first run's step 1, places the team on step 2, arrives on step 3. */
async function toStart(view: ReturnType<typeof renderWidget>, metric: string, level: string) {
  fireEvent.click(await view.findByRole("checkbox", { name: metric }));
  fireEvent.click(view.getByRole("button", { name: "Agree" }));
  fireEvent.click(await view.findByRole("button", { name: level }));
  await view.findByRole("heading", { level: 3, name: `Set your first goal: ${metric}` });
}

/** The Baseline figure of a metric's home card and where it came from. */
const baselineOnHome = async (view: ReturnType<typeof renderWidget>, metric: string) => {
  const card = await view.findByRole("article", { name: metric });
  const term = within(card).getByText("Baseline");
  const values = [...(term.parentElement?.querySelectorAll("dd") ?? [])];
  return values.map((dd) => dd.textContent);
};

describe("the starting point offered from the product's data", () => {
  it("offers a value the product recorded before the metric was agreed; choosing it keeps its time and source", async () => {
    const goalpost = await startSdk("digital-marketer");
    await goalpost.record("icp-fit-rate", 42);
    const recorded = goalpost.latestValues.value[0];
    const view = renderWidget(goalpost, <Screens />);
    await toStart(view, "ICP fit rate", "Filtering for fit");

    const offer = view.getByRole("button", {
      name: "Use 42% from Beacon visitor list, recorded today",
    });
    const field = view.getByLabelText("ICP fit rate today") as HTMLInputElement;
    expect(field.value).toBe("");
    fireEvent.click(offer);
    expect(field.value).toBe("42");
    const from = "From Beacon visitor list, recorded today. Type over it to enter your own figure.";
    expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      from,
    );
    expect(view.announcements.at(-1)).toBe(`ICP fit rate today: 42%. ${from}`);
    expect(view.getByRole("textbox", { name: "Target %" })).toHaveProperty("value", "47");
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));

    expect(await baselineOnHome(view, "ICP fit rate")).toEqual([
      "42%",
      "recorded by Beacon visitor list",
    ]);
    expect(storedOf(goalpost, "icp-fit-rate")?.baseline).toEqual({
      value: 42,
      at: recorded?.at,
      source: "app",
    });
    const id = storedOf(goalpost, "icp-fit-rate")?.id;
    expect(view.environment.ui.drafts.get(`offer:${id}`)).toBeUndefined();
  });

  it("stores a typed value as the user's own, also over the offered one", async () => {
    const goalpost = await startSdk("digital-marketer");
    await goalpost.record("icp-fit-rate", 42);
    const view = renderWidget(goalpost, <Screens />);
    await toStart(view, "ICP fit rate", "Filtering for fit");

    fireEvent.click(view.getByRole("button", { name: /^Use 42%/ }));
    const field = view.getByLabelText("ICP fit rate today");
    fireEvent.input(field, { target: { value: "45" } });
    expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Where to find it: Beacon visitor list.",
    );
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));

    expect(await baselineOnHome(view, "ICP fit rate")).toEqual(["45%", "entered by you"]);
    expect(storedOf(goalpost, "icp-fit-rate")?.baseline).toMatchObject({
      value: 45,
      source: "self",
    });
  });

  it("keeps the offer for the step after the metric is agreed, across a new page", async () => {
    const goalpost = await startSdk("digital-marketer");
    await goalpost.record("icp-fit-rate", 42);
    const view = renderWidget(goalpost, <Screens />);
    fireEvent.click(await view.findByRole("checkbox", { name: "ICP fit rate" }));
    fireEvent.click(view.getByRole("button", { name: "Agree" }));
    await view.findByRole("heading", { level: 3, name: "Where is your team today?" });
    // Agreed, the metric is no longer among the latest values: the offer is kept with the drafts.
    expect(goalpost.latestValues.value).toEqual([]);
    const id = storedOf(goalpost, "icp-fit-rate")?.id ?? "";
    expect(view.environment.ui.drafts.get(`offer:${id}`)).toMatchObject({
      value: 42,
      source: "app",
    });
  });

  it("offers an integration's value the session carries (ingested while nothing was agreed)", async () => {
    const accountId = `w-ingest-${Math.random().toString(36).slice(2, 8)}`;
    const at = new Date(Date.now() - 86_400_000).toISOString();
    const response = await fetch(`${apiBase}/v1/ingest/measurements`, {
      method: "POST",
      headers: { authorization: `Bearer ${demoAdminKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        measurements: [
          {
            id: `${accountId}-1`,
            accountId,
            roleId: "marketing-vp",
            metricId: "web-revenue",
            value: 64000,
            at,
            source: "integration",
          },
        ],
      }),
    });
    expect(response.ok).toBe(true);
    const goalpost = await startSdk("marketing-vp", accountId);
    const view = renderWidget(goalpost, <Screens />);
    await toStart(view, "Web-attributed revenue", "Attributing pipeline");

    fireEvent.click(
      view.getByRole("button", {
        name: "Use $64,000 from Salesforce opportunities (closed won), synced yesterday",
      }),
    );
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    expect(storedOf(goalpost, "web-revenue")?.baseline).toEqual({
      value: 64000,
      at,
      source: "integration",
    });
  });

  it("offers a value recorded after the metric was agreed, from its history", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("icp-fit-rate", { maturityLevel: 1 });
    await goalpost.record("icp-fit-rate", 37);
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    fireEvent.click(
      view.getByRole("button", { name: "Use 37% from Beacon visitor list, recorded today" }),
    );
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() =>
      expect(storedOf(goalpost, "icp-fit-rate")?.baseline).toMatchObject({
        value: 37,
        source: "app",
      }),
    );
  });

  it("offers nothing for a metric the user reports", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { maturityLevel: 1 });
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    view.getByLabelText("Campaign setup time today");
    expect(view.queryByRole("button", { name: /^Use / })).toBeNull();
  });
});
