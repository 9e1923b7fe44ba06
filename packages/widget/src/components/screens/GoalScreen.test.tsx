import { type Goalpost, suggestTarget } from "@goalpost/core";
import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { GoalScreen } from "./GoalScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const goalsOf = (agreementId: string) =>
  backend.state.goals.filter((g) => g.agreementId === agreementId);
const localDate = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const viewOf = (goalpost: Goalpost, id: string) =>
  goalpost.agreements.value.find((v) => v.agreement.id === id);

async function agreed(role: string, metricId: string, maturityLevel: number, baseline: number) {
  const goalpost = await startSdk(role);
  const agreement = await goalpost.agreeMetric(metricId, { maturityLevel, baseline });
  return { goalpost, agreement };
}

describe("GoalScreen", () => {
  it("pre-fills the core's suggestion and shows the expected gain", async () => {
    const { goalpost, agreement } = await agreed("digital-marketer", "campaign-setup-hours", 1, 10);
    const suggestion = viewOf(goalpost, agreement.id)?.suggestion;
    const metric = goalpost.metrics.value.find((m) => m.id === "campaign-setup-hours");
    if (!suggestion || !metric) throw new Error("expected a suggestion");
    expect(suggestion.target).toBe(suggestTarget({ baseline: 10, expectedGain: 0.2, metric }));
    const view = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });

    view.getByRole("heading", { level: 3, name: "Set your first goal: Campaign setup time" });
    // Named with its unit, described by the hint.
    const target = view.getByRole("textbox", { name: "Target hours" }) as HTMLInputElement;
    expect(target.value).toBe(String(suggestion.target));
    const hint = document.getElementById(target.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toBe(
      "20% better than your current 10 hours — a reachable step for teams at your level.",
    );
    fireEvent.input(target, { target: { value: "7" } });
    expect(hint?.textContent).toBe(
      "30% better than your current 10 hours. Suggested for your level: 8 hours.",
    );
    const due = view.getByLabelText("Due date") as HTMLInputElement;
    expect(due.type).toBe("date");
    expect(due.value).toBe(localDate(suggestion.dueAt));
    // The date sits in the disclosure with the plan, whose summary says it.
    const medium = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });
    const summary = due.closest("details")?.querySelector("summary");
    expect(summary?.textContent).toBe(
      `Due ${medium.format(new Date(suggestion.dueAt))}: change the date, or plan how you'll get there`,
    );
  });

  it("sets the goal with what changes, actions and value elements, then goes home", async () => {
    const { goalpost, agreement } = await agreed("sdr", "meetings-booked", 2, 10);
    const view = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });
    const dueAt = new Date(Date.now() + 60 * 86_400_000);

    fireEvent.input(view.getByLabelText("Target"), { target: { value: "13" } });
    fireEvent.input(view.getByLabelText("Due date"), {
      target: { value: localDate(dueAt.toISOString()) },
    });
    const plan = view
      .getByText(/^Due .+: change the date, or plan how you'll get there$/)
      .closest("details");
    expect(plan?.open).toBe(false);
    fireEvent.input(view.getByLabelText("What will change in your work"), {
      target: { value: "  Call every returning visitor within a day.  " },
    });
    fireEvent.click(view.getByRole("button", { name: "Add an action" }));
    expect(document.activeElement).toBe(view.getByLabelText("Action 1"));
    fireEvent.click(view.getByRole("button", { name: "Add an action" }));
    fireEvent.click(view.getByRole("button", { name: "Remove action 1" }));
    expect(document.activeElement).toBe(view.getByRole("button", { name: "Add an action" }));
    fireEvent.input(view.getByLabelText("Action 1"), {
      target: { value: "Set up visitor alerts" },
    });
    fireEvent.change(view.getByLabelText("Who does action 1"), { target: { value: "vendor" } });
    const help = view.getByRole("group", { name: "What will help (optional)" });
    expect(within(help).getAllByRole("checkbox").length).toBeGreaterThan(1);
    fireEvent.click(within(help).getByRole("checkbox", { name: /Visitor alerts/ }));
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));

    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    const [goal] = goalsOf(agreement.id);
    expect(goal).toMatchObject({
      status: "active",
      startValue: 10,
      target: 13,
      changes: "Call every returning visitor within a day.",
      actions: [{ title: "Set up visitor alerts", owner: "vendor", done: false }],
      valueElementIds: ["visitor-alerts"],
    });
    expect(localDate(goal?.dueAt ?? "")).toBe(localDate(dueAt.toISOString()));
    expect(view.announcements).toEqual(["Goal set"]);
  });

  it("shows each problem at its field, focuses it and creates no goal", async () => {
    const { goalpost, agreement } = await agreed("sdr", "meetings-booked", 2, 10);
    const view = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });
    const submit = view.getByRole("button", { name: "Set goal" });
    const target = view.getByLabelText("Target");

    fireEvent.input(target, { target: { value: "9" } });
    fireEvent.click(submit);
    await view.findByText("Aim above your current 10 meetings: higher is better.");
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(target);

    fireEvent.input(target, { target: { value: "12" } });
    const due = view.getByLabelText("Due date");
    fireEvent.input(due, { target: { value: "2020-01-01" } });
    fireEvent.click(submit);
    await view.findByText("Must be in the future.");
    expect(target.getAttribute("aria-invalid")).toBeNull();
    expect(document.activeElement).toBe(due);

    fireEvent.input(due, {
      target: { value: localDate(new Date(Date.now() + 9e8).toISOString()) },
    });
    fireEvent.click(view.getByRole("button", { name: "Add an action" }));
    const plan = view
      .getByText(/^Due .+: change the date, or plan how you'll get there$/)
      .closest("details");
    if (plan) plan.open = false; // closed again: a problem inside opens it
    fireEvent.click(submit);
    const title = view.getByLabelText("Action 1");
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(plan?.open).toBe(true);
    expect(title.closest(".gp-field")?.textContent).toContain("Must not be blank.");
    expect(document.activeElement).toBe(title);
    expect(view.announcements.at(-1)).toBe("Not saved: Must not be blank.");

    expect(goalsOf(agreement.id)).toEqual([]);
    expect(goalpost.goals.value).toEqual([]);
    expect(view.environment.ui.screen.value.name).toBe("goal");
  });

  it("uses the Likert scale for a scale metric, pre-set to the suggestion", async () => {
    const { goalpost, agreement } = await agreed("sdr", "outreach-confidence", 1, 2);
    const suggested = viewOf(goalpost, agreement.id)?.suggestion?.target;
    const view = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });
    const group = view.getByRole("radiogroup", { name: "Target" });
    const checked = within(group)
      .getAllByRole("radio")
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked.map((radio) => Number((radio as HTMLInputElement).value))).toEqual([suggested]);

    fireEvent.click(within(group).getByRole("radio", { name: /I tailor every opener/ }));
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(goalsOf(agreement.id)[0]?.target).toBe(4));
  });

  it("after an achieved goal offers the next one; with a goal in progress says so", async () => {
    const { goalpost, agreement } = await agreed("sdr", "meetings-booked", 1, 4);
    await goalpost.setGoal({ agreementId: agreement.id, target: 5 });
    const busy = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });
    busy.getByText("This metric already has a goal in progress.");
    busy.unmount();

    await goalpost.logProgress({ agreementId: agreement.id, value: 6 });
    await waitFor(() => expect(viewOf(goalpost, agreement.id)?.stage).toBe("achieved"));
    const view = renderWidget(goalpost, <GoalScreen agreementId={agreement.id} />, {
      name: "goal",
      agreementId: agreement.id,
    });
    view.getByRole("heading", { level: 3, name: "Set your next goal: Meetings booked per week" });
    view.getByText("You reached your last goal of 5 meetings. Here is the next step.");
  });

  it("after a missed goal offers a reset from where the user is now", async () => {
    const goalpost = await startSdk("sdr", "globex");
    const missed = goalpost.agreements.value.find((v) => v.stage === "missed");
    if (!missed) throw new Error("the seed has a missed goal at globex");
    const view = renderWidget(goalpost, <GoalScreen agreementId={missed.agreement.id} />, {
      name: "goal",
      agreementId: missed.agreement.id,
    });
    view.getByRole("heading", { level: 3, name: `Reset your goal: ${missed.metric.name}` });
    view.getByText(/wasn't reached by its date/);
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    const goal = goalsOf(missed.agreement.id).find((g) => g.status === "active");
    expect(goal).toMatchObject({
      target: missed.suggestion?.target,
      previousGoalId: missed.lastGoal?.id,
    });
  });
});
