import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { AgreeScreen } from "./AgreeScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const agreementsOf = (accountId: string) =>
  backend.state.agreements.filter((a) => a.accountId === accountId);

describe("AgreeScreen", () => {
  it("names each suggested metric with what it measures, keeps why and how behind a disclosure, and agrees the chosen ones", async () => {
    const goalpost = await startSdk("sdr");
    const accountId = goalpost.user.value?.accountId ?? "";
    const view = renderWidget(goalpost, <AgreeScreen />, { name: "agree" });

    view.getByRole("heading", { level: 3, name: "Choose what to measure" });
    view.getByRole("list", { name: "Step 1 of 3" });
    const confidence = view.getByRole("checkbox", { name: "Confidence in outreach" });
    const what = document.getElementById(confidence.getAttribute("aria-describedby") ?? "");
    expect(what?.textContent).toBe(
      "How confident you feel opening a conversation with a company that visited the site, on a five-point scale.",
    );
    const about = view.getByText("Why these metrics, and how each is measured").closest("details");
    expect(about?.open).toBe(false);
    expect(about?.textContent).toContain("Reps who know why a company is looking");
    expect(about?.textContent).toContain(
      "You rate yourself on a scale at the start and end of each period. Source: Your self-assessment in Goalpost.",
    );
    expect(about?.textContent).toContain("Confidence in outreach (Value metric)");
    expect(view.getAllByRole("checkbox")).toHaveLength(3);

    fireEvent.click(view.getByRole("checkbox", { name: "Meetings booked per week" }));
    fireEvent.click(confidence);
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    await waitFor(() => expect(view.environment.ui.screen.value.name).toBe("maturity"));
    const stored = agreementsOf(accountId);
    expect(stored.map((a) => a.metricId)).toEqual(["outreach-confidence", "meetings-booked"]);
    expect(stored.every((a) => a.status === "agreed")).toBe(true);
    expect(view.environment.ui.screen.value).toEqual({
      name: "maturity",
      agreementId: stored[0]?.id,
    });
    expect(view.announcements).toEqual([
      "Agreed: Confidence in outreach, Meetings booked per week. Step 2 of 3: Your team",
    ]);
  });

  it("asks for at least one metric and sends nothing", async () => {
    const goalpost = await startSdk("digital-marketer");
    const view = renderWidget(goalpost, <AgreeScreen />, { name: "agree" });
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    const group = view.getByRole("group", { name: "Suggested for your role (Digital marketer)" });
    await within(group).findByText("Choose at least one metric.");
    expect(group.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.activeElement).toBe(view.getAllByRole("checkbox")[0]);
    expect(view.announcements).toEqual(["Not saved: Choose at least one metric."]);
    expect(agreementsOf(goalpost.user.value?.accountId ?? "")).toEqual([]);
  });

  it("says so when every metric is already agreed, and Back goes home", async () => {
    const goalpost = await startSdk("marketing-vp");
    await goalpost.agreeMetric("web-revenue");
    const view = renderWidget(goalpost, <AgreeScreen />, { name: "agree" });

    view.getByText("You already track every metric suggested for your role.");
    expect(view.queryByRole("checkbox")).toBeNull();
    fireEvent.click(view.getByRole("button", { name: "Back" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "home" });
  });
});
