import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser } from "../../test/startDemoUser.ts";
import { GoalScreen } from "./GoalScreen.tsx";
import { HomeScreen } from "./HomeScreen.tsx";

useMockBackend();
afterEach(cleanup);

const card = (view: ReturnType<typeof renderWidget>, metric: string) =>
  within(view.getByRole("article", { name: metric }));

describe("HomeScreen", () => {
  it("explains Goalpost and offers to pick metrics when nothing is agreed", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, <HomeScreen />);
    view.getByRole("heading", { level: 3, name: "Your metrics" });
    view.getByText(/for you in your role \(Sales development rep\), set a small goal/);
    expect(view.queryByRole("article")).toBeNull();
    fireEvent.click(view.getByRole("button", { name: "Choose your metrics" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "agree" });
  });

  it("shows baseline, now and target, the gain, progress, time left and sources", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const view = renderWidget(goalpost, <HomeScreen />);
    const meetings = goalpost.agreements.value.find((v) => v.metric.id === "meetings-booked");
    const { agreement, goal, current } = meetings ?? {};
    const cardOf = card(view, "Meetings booked per week");
    const figures = cardOf.getAllByRole("definition").map((d) => d.textContent);
    expect(figures).toContain(`${agreement?.baseline?.value} meetings`);
    expect(figures).toContain(`${current?.value} meetings`);
    expect(figures).toContain(`${goal?.target} meetings`);
    expect(figures).toContain("entered by you");
    const change = (current?.value ?? 0) - (agreement?.baseline?.value ?? 0);
    expect(cardOf.getByText(`+${change} meetings since your baseline: better`).className).toBe(
      "gp-good",
    );
    const bar = cardOf.getByRole("progressbar", { name: "Goal progress" });
    const percent = `${Math.floor((meetings?.progress ?? 0) * 100)}%`;
    // Counted from where this goal started, which is not the baseline: said, with its date.
    const started = new Date(goal?.startAt ?? "").toLocaleDateString("en-US", {
      dateStyle: "medium",
    });
    expect(bar.getAttribute("aria-valuetext")).toBe(
      `${percent} of the way from ${goal?.startValue} meetings, where this goal started on ${started}, to ${goal?.target} meetings`,
    );
    cardOf.getByText(/^Due in \d+ days/);
    const chart = cardOf.getByRole("img", { name: "History of Meetings booked per week" });
    const summary = document.getElementById(chart.getAttribute("aria-describedby") ?? "");
    expect(summary?.textContent).toMatch(
      new RegExp(`^12 entries from .+, latest ${current?.value} meetings\\. Baseline 4 meetings`),
    );
    expect(chart.querySelectorAll("circle")).toHaveLength(12);
    cardOf.getByText("All entries (12)");

    const contacts = card(view, "Qualified contacts per week");
    expect(contacts.getAllByText(/^recorded by Beacon lead inbox/).length).toBeGreaterThan(1);
    const confidence = card(view, "Confidence in outreach");
    expect(confidence.getAllByText(/your self-assessment · start of the period/).length).toBe(4);
  });

  it("shows a regression as one, in words and colour", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 2 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const meetings = card(view, "Meetings booked per week");
    const regression = meetings.getByText(
      "−2 meetings since your baseline: worse than where you started",
    );
    expect(regression.className).toBe("gp-bad");
    expect(meetings.getAllByText(/waiting to send|entered by you/).length).toBeGreaterThan(0);
  });

  it("states progress below zero as it is, with the bar held at empty (Globex)", async () => {
    const goalpost = await startDemoUser("hannah.cole");
    const view = renderWidget(goalpost, <HomeScreen />);
    const revenue = card(view, "Web-attributed revenue");
    const bar = revenue.getByRole("progressbar", { name: "Goal progress" });
    expect(bar.getAttribute("value")).toBe("0");
    const { goal, progress } =
      goalpost.agreements.value.find((v) => v.metric.id === "web-revenue") ?? {};
    const money = (n = 0) => `$${n.toLocaleString("en-US")}`;
    // Rounded down, like every progress figure: never more progress than was made.
    const text = `${Math.floor((progress ?? 0) * 100)}%: further from ${money(goal?.target)} than ${money(goal?.startValue)}, where this goal started on ${new Date(goal?.startAt ?? "").toLocaleDateString("en-US", { dateStyle: "medium" })}`;
    expect(bar.getAttribute("aria-valuetext")).toBe(text);
    expect(revenue.getByText(text).className).toBe("gp-bad");
    expect(revenue.getAllByText(/synced from Salesforce opportunities/).length).toBeGreaterThan(0);
  });

  it("says there are no entries yet, and asks for a baseline first", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 1 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const meetings = card(view, "Meetings booked per week");
    meetings.getByText("No entries yet");
    expect(meetings.queryByRole("img")).toBeNull();
    fireEvent.click(meetings.getByRole("button", { name: "Record your starting point" }));
    expect(view.environment.ui.screen.value).toEqual({
      name: "baseline",
      agreementId: agreement.id,
    });
  });

  it("offers the next goal, a reset for a missed one, and more metrics (Globex)", async () => {
    const goalpost = await startDemoUser("marcus.lee");
    const view = renderWidget(goalpost, <HomeScreen />);
    const id = (metric: string) =>
      goalpost.agreements.value.find((v) => v.metric.id === metric)?.agreement.id;
    const screen = () => view.environment.ui.screen.value;

    const contacts = card(view, "Qualified contacts per week");
    contacts.getByText(/^Suggested next goal: \d+ contacts by /);
    fireEvent.click(contacts.getByRole("button", { name: "Set your goal" }));
    expect(screen()).toEqual({ name: "goal", agreementId: id("qualified-contacts") });

    const meetings = card(view, "Meetings booked per week");
    expect(
      meetings.getByText(/^This goal ended on .+ short of its target of 5 meetings\.$/).className,
    ).toBe("gp-bad");
    const reset = meetings.getByRole("button", { name: "Reset the goal" });
    expect(document.getElementById(reset.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Meetings booked per week",
    );
    fireEvent.click(reset);
    expect(screen()).toEqual({ name: "goal", agreementId: id("meetings-booked") });

    fireEvent.click(view.getByRole("button", { name: "Add more metrics" }));
    expect(screen()).toEqual({ name: "agree" });
  });

  it("offers logging progress and what helps while a goal is on track", async () => {
    const sam = await startDemoUser("sam.okafor");
    const samView = renderWidget(sam, <HomeScreen />);
    const samMeetings = card(samView, "Meetings booked per week");
    const meetingsId = sam.agreements.value.find((v) => v.metric.id === "meetings-booked")
      ?.agreement.id;
    fireEvent.click(samMeetings.getByRole("button", { name: "Log progress" }));
    expect(samView.environment.ui.screen.value).toEqual({ name: "log", agreementId: meetingsId });
    fireEvent.click(samMeetings.getByRole("button", { name: "Your plan" }));
    expect(samView.environment.ui.screen.value).toEqual({
      name: "elements",
      agreementId: meetingsId,
    });
    card(samView, "Qualified contacts per week").getByRole("button", { name: "See latest values" });
    expect(samView.queryByRole("button", { name: "Add more metrics" })).toBeNull();
  });

  it("celebrates a goal reached while open, announces it, and invites the next goal", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const goal = await goalpost.setGoal({ agreementId: agreement.id, target: 6 });
    const view = renderWidget(goalpost, <HomeScreen />);
    expect(view.queryByText("Goal reached!")).toBeNull();

    await goalpost.logProgress({ agreementId: agreement.id, value: 6 });
    await view.findByText("Goal reached!");
    await waitFor(() => expect(goalpost.pending.value).toBe(0)); // confirmed by the server
    expect(view.announcements).toEqual(["Goal reached for Meetings booked per week!"]);
    view.getByText(
      "You reached your target of 6 meetings. Keep the momentum with a next small step.",
    );
    expect(goalpost.goals.value.find((g) => g.id === goal.id)?.status).toBe("achieved");
    fireEvent.click(view.getByRole("button", { name: "Set your next goal" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "goal", agreementId: agreement.id });
  });

  it("offers no next goal at the best value a metric allows, only logging to hold it", async () => {
    const goalpost = await startSdk("sdr");
    const top = await goalpost.agreeMetric("outreach-confidence", { baseline: 4 });
    await goalpost.setGoal({ agreementId: top.id, target: 5 });
    await goalpost.logProgress({ agreementId: top.id, value: 5, phase: "end" });
    await goalpost.agreeMetric("meetings-booked", { baseline: 0 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const reached = card(view, "Confidence in outreach");
    reached.getByText(/the best this metric allows\. Keep logging to hold it there\./);
    expect(reached.queryByRole("button", { name: "Set your next goal" })).toBeNull();
    fireEvent.click(reached.getByRole("button", { name: "Log progress" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "log", agreementId: top.id });
    // A count of 0 can still grow: that one is offered a goal as usual.
    card(view, "Meetings booked per week").getByRole("button", { name: "Set your goal" });
  });

  it("counts percent and scale metrics' changes and a scale goal's step in points", async () => {
    const goalpost = await startSdk("digital-marketer");
    await goalpost.agreeMetric("icp-fit-rate", { baseline: 34 });
    await goalpost.record("icp-fit-rate", 60);
    const view = renderWidget(goalpost, <HomeScreen />);
    const fit = card(view, "ICP fit rate");
    fit.getByText("+26 points since your baseline: better");
    cleanup();

    const sdr = await startSdk("sdr");
    const confidence = await sdr.agreeMetric("outreach-confidence", { baseline: 3 });
    const form = renderWidget(sdr, <GoalScreen agreementId={confidence.id} />);
    form.getByText(/^1 point better than your current 3 – /);
    cleanup();

    await sdr.logProgress({ agreementId: confidence.id, value: 4 });
    const home = renderWidget(sdr, <HomeScreen />);
    card(home, "Confidence in outreach").getByText("+1 point since your baseline: better");
  });

  it("says a baseline at the best value has no further step, and the goal form agrees", async () => {
    const goalpost = await startSdk("sdr");
    const top = await goalpost.agreeMetric("outreach-confidence", { baseline: 5 });
    const view = renderWidget(goalpost, <HomeScreen />);
    const atTop = card(view, "Confidence in outreach");
    atTop.getByText(/^Your baseline of 5 – .+ is the best this metric allows, so there is no/);
    expect(atTop.queryByRole("button", { name: "Set your goal" })).toBeNull();
    cleanup();
    const form = renderWidget(goalpost, <GoalScreen agreementId={top.id} />);
    form.getByText(/^This is the best value this metric allows/);
    expect(form.queryByRole("button", { name: /Set/ })).toBeNull();
  });

  it("loads older entries on demand, until there are no more", async () => {
    const goalpost = await startDemoUser("ana.torres"); // 22 entries; the session carries 20
    const view = renderWidget(goalpost, <HomeScreen />);
    const icp = card(view, "ICP fit rate");
    icp.getByText("All entries (20)");
    fireEvent.click(icp.getByRole("button", { name: "Show older entries" }));
    await icp.findByText("All entries (22)");
    await waitFor(() => expect(icp.queryByRole("button", { name: /older entries/ })).toBeNull());
    expect(icp.getByRole("img").querySelectorAll("circle")).toHaveLength(22);
  });

  it("offers no older entries when the session carried them all", async () => {
    const goalpost = await startDemoUser("ana.torres");
    const view = renderWidget(goalpost, <HomeScreen />);
    const counts = view
      .getAllByText(/^All entries \(\d+\)$/)
      .map((e: HTMLElement) => e.textContent);
    expect(counts).toContain("All entries (20)"); // ICP fit rate, which has older ones
    const few = view
      .getAllByRole("article")
      .filter((article: HTMLElement) =>
        /All entries \(([1-9]|1\d)\)/.test(article.textContent ?? ""),
      );
    expect(few.length).toBeGreaterThan(0);
    for (const article of few)
      expect(within(article).queryByRole("button", { name: /older entries/ })).toBeNull();
  });

  it("keeps focus in a card whose focused control goes as the goal is reached", async () => {
    const goalpost = await startDemoUser("ana.torres");
    const view = renderWidget(goalpost, <HomeScreen />);
    const icp = card(view, "ICP fit rate");
    const helps = icp.getByRole("button", { name: "Your plan" });
    helps.focus();
    expect(document.activeElement).toBe(helps);
    await goalpost.record("icp-fit-rate", 67); // Beacon records it: past the target
    await waitFor(() => expect(helps.isConnected).toBe(false));
    expect(document.activeElement).toBe(icp.getByRole("heading", { name: "ICP fit rate" }));
  });

  it("leaves retired metrics out", async () => {
    const goalpost = await startDemoUser("lena.fischer");
    const view = renderWidget(goalpost, <HomeScreen />);
    expect(view.getAllByRole("article")).toHaveLength(1);
    view.getByRole("article", { name: "ICP fit rate" });
    expect(view.queryByRole("article", { name: "Campaign setup time" })).toBeNull();
  });
});
