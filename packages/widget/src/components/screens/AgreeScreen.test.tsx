import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { AgreeScreen } from "./AgreeScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const agreementsOf = (accountId: string) =>
  backend.state.agreements.filter((a) => a.accountId === accountId);

describe("AgreeScreen", () => {
  it("explains each suggested metric and agrees the chosen ones, then asks for maturity", async () => {
    const goalpost = await startSdk("sdr");
    const accountId = goalpost.user.value?.accountId ?? "";
    const view = renderWidget(goalpost, <AgreeScreen />, { name: "agree" });

    view.getByRole("heading", { level: 3, name: "Choose what to measure" });
    const confidence = view.getByRole("checkbox", { name: /Confidence in outreach/ });
    const facts = document.getElementById(confidence.getAttribute("aria-describedby") ?? "");
    expect(facts?.textContent).toContain("How confident you feel opening a conversation");
    expect(facts?.textContent).toContain("Reps who know why a company is looking");
    expect(facts?.textContent).toContain(
      "You rate yourself on a scale at the start and end of each period. Source: Your self-assessment in Goalpost.",
    );
    expect(confidence.closest("label")?.textContent).toContain("Value metric");
    expect(view.getAllByRole("checkbox")).toHaveLength(3);

    fireEvent.click(view.getByRole("checkbox", { name: /Meetings booked/ }));
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
      "Agreed: Confidence in outreach, Meetings booked per week",
    ]);
  });

  it("asks for at least one metric and sends nothing", async () => {
    const goalpost = await startSdk("digital-marketer");
    const view = renderWidget(goalpost, <AgreeScreen />, { name: "agree" });
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    const group = view.getByRole("group", { name: "Metrics suggested for your role" });
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
