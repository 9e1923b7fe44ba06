import { act, cleanup, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { HomeScreen } from "../screens/HomeScreen.tsx";

useMockBackend();
afterEach(cleanup);

const card = (view: ReturnType<typeof renderWidget>, metric: string) =>
  within(view.getByRole("article", { name: metric }));
/** The figures of a card, by their term: "Now" → ["6 meetings", "entered by you, now"]. */
const figure = (cardOf: ReturnType<typeof card>, term: string) =>
  [...(cardOf.getByText(term, { selector: "dt" }).parentElement?.querySelectorAll("dd") ?? [])].map(
    (dd) => dd.textContent,
  );

describe("MetricCard's figures agree with each other", () => {
  it("has no 'now' and no gain before anything is logged since the baseline", async () => {
    const goalpost = await startSdk("digital-marketer");
    await goalpost.agreeMetric("campaign-setup-hours", { baseline: 6 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const hours = card(view, "Campaign setup time");
    expect(figure(hours, "Baseline")[0]).toBe("6 hours");
    expect(figure(hours, "Now")).toEqual(["No entry yet"]);
    hours.getByText("No entries yet");
    expect(hours.queryByText(/since your baseline/)).toBeNull();
  });

  it("writes one of a counted unit in the singular: +1 meeting", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    const view = renderWidget(goalpost, <HomeScreen />);
    card(view, "Meetings booked per week").getByText("+1 meeting since your baseline: better");
  });

  it("says what reached a goal: 48 contacts, past the target of 47 (app data)", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("qualified-contacts", { baseline: 41 });
    await goalpost.setGoal({ agreementId: agreement.id, target: 47 });
    await goalpost.record("qualified-contacts", 48);
    const view = renderWidget(goalpost, <HomeScreen />);
    const contacts = card(view, "Qualified contacts per week");
    contacts.getByText("Goal reached!");
    contacts.getByText(
      "You reached 48 contacts, past your target of 47 contacts. Keep the momentum with a next small step.",
    );
  });

  it("never rounds up to the target: 99.96% is not 100%, nor 99.9% of the way", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("icp-fit-rate", { baseline: 50 });
    await goalpost.setGoal({ agreementId: agreement.id, target: 100 });
    await goalpost.record("icp-fit-rate", 99.96);
    const view = renderWidget(goalpost, <HomeScreen />);
    const fit = card(view, "ICP fit rate");
    expect(figure(fit, "Now")[0]).toBe("99.96%");
    expect(figure(fit, "Target")[0]).toBe("100%");
    const bar = fit.getByRole("progressbar", { name: "Goal progress" });
    expect(bar.getAttribute("aria-valuetext")).toMatch(/^99% of the way from 50%, where /);
    expect(fit.queryByText("Goal reached!")).toBeNull();
  });

  it("says when a check-in is due: a goal due within a week with nothing logged in it", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    // From here the store's clock runs on fake timers: it moves on at each local midnight.
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const goal = await goalpost.setGoal({ agreementId: agreement.id, target: 6 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const meetings = card(view, "Meetings booked per week");
    const checkIn = /nothing was logged lately: where are you now\?$/;
    expect(meetings.queryByText(checkIn)).toBeNull();
    meetings.getByText(/^Due in 28 days/);

    // The tab stays open into the goal's last week: no request, no other change, only midnights.
    await act(() => {
      vi.advanceTimersByTime(Date.parse(goal.dueAt) - 3 * 86_400_000 - Date.now());
    });
    meetings.getByText(
      "This goal is due in 3 days and nothing was logged lately: where are you now?",
    );
  });
});
