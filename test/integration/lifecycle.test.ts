import { HttpError, limits, ValidationError } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { freshAccount, startSdk, until, useMockBackend } from "./support.ts";

const backend = useMockBackend();

describe("the whole lifecycle through the SDK, against the mock backend", () => {
  it("agree → baseline → goal → progress → achieved → next goal", async () => {
    const goalpost = await startSdk("sdr");
    const events: string[] = [];
    for (const name of ["metric:agreed", "goal:set", "goal:achieved", "progress:logged"] as const) {
      goalpost.on(name, () => events.push(name));
    }
    expect(goalpost.status.value).toBe("ready");
    expect(goalpost.suggestedMetrics.value.map((m) => m.id)).toContain("meetings-booked");

    // Agree, place the role on the maturity model, record a baseline.
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 2 });
    expect(goalpost.agreements.value[0]?.stage).toBe("needs-baseline");
    await goalpost.setBaseline(agreement.id, 4);
    const view = goalpost.needsGoal.value[0];
    expect(view?.stage).toBe("needs-goal");
    expect(goalpost.suggestedMetrics.value.map((m) => m.id)).not.toContain("meetings-booked");

    // The suggested next goal comes from the baseline and the role's maturity.
    const level = goalpost.role.value?.maturity.find((l) => l.level === 2);
    expect(view?.suggestion?.expectedGain).toBe(level?.expectedGain);
    expect(view?.suggestion?.target).toBeGreaterThan(4);
    const goal = await goalpost.setGoal({
      agreementId: agreement.id,
      changes: "Call back every visitor who viewed pricing within an hour",
      actions: [{ title: "Set up the pricing-page alert", owner: "customer" }],
    });
    expect(goal).toMatchObject({ startValue: 4, status: "active" });
    expect(goalpost.activeGoals.value.map((g) => g.id)).toEqual([goal.id]);
    const target = goal.target;

    // Progress short of the target, then reaching it.
    await goalpost.logProgress({ agreementId: agreement.id, value: target - 1 });
    await until(() => goalpost.pending.value === 0);
    expect(goalpost.agreements.value[0]?.progress).toBeCloseTo((target - 1 - 4) / (target - 4));
    await goalpost.logProgress({ agreementId: agreement.id, value: target, note: "Big week" });
    expect(goalpost.achieved.value.map((v) => v.agreement.id)).toEqual([agreement.id]);
    expect(goalpost.activeGoals.value).toEqual([]);
    expect(goalpost.history.value.get(agreement.id)?.map((m) => m.value)).toEqual([
      target,
      target - 1,
    ]);
    await until(() => goalpost.pending.value === 0);

    // The server agrees: the goal is achieved there too.
    const stored = backend.state.goals.find((g) => g.id === goal.id);
    expect(stored?.status).toBe("achieved");
    await goalpost.refresh();
    expect(goalpost.agreements.value[0]?.stage).toBe("achieved");
    expect(goalpost.agreements.value[0]?.gain?.absolute).toBe(target - 4);

    // The next goal starts from where the last one ended.
    const next = await goalpost.setGoal({ agreementId: agreement.id });
    expect(next).toMatchObject({ previousGoalId: goal.id, startValue: target, status: "active" });
    expect(next.target).toBeGreaterThan(target);
    expect(events).toEqual([
      "metric:agreed",
      "goal:set",
      "progress:logged",
      "progress:logged",
      "goal:achieved",
      "goal:set",
    ]);
  });

  it("knows when there are no older entries to load: the session carries the newest 20", async () => {
    const acc = freshAccount();
    const goalpost = await startSdk("sdr", { acc });
    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 1 });
    await goalpost.setBaseline(agreement.id, 1);
    const log = async (count: number) => {
      for (let i = 0; i < count; i++)
        await goalpost.logProgress({ agreementId: agreement.id, value: i % 3 });
      await until(() => goalpost.pending.value === 0);
    };
    await log(5);
    // The next start (the same user): its session carries every entry.
    const later = await startSdk("sdr", { acc });
    expect(later.history.value.get(agreement.id)).toHaveLength(5);
    expect(later.hasOlderHistory(agreement.id)).toBe(false);

    await log(limits.recentMeasurements); // 25 in all
    const next = await startSdk("sdr", { acc });
    expect(next.history.value.get(agreement.id)).toHaveLength(limits.recentMeasurements);
    expect(next.hasOlderHistory(agreement.id)).toBe(true);
    expect(await next.loadHistory(agreement.id)).toBe(false);
    expect(next.history.value.get(agreement.id)).toHaveLength(25);
    expect(next.hasOlderHistory(agreement.id)).toBe(false);
  });

  it("a decrease metric counts down: less is better", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { baseline: 6 });
    const view = goalpost.needsGoal.value[0];
    expect(view?.suggestion?.target).toBeLessThan(6);
    const goal = await goalpost.setGoal({ agreementId: agreement.id });
    await goalpost.logProgress({ agreementId: agreement.id, value: 7 });
    expect(goalpost.agreements.value[0]?.gain).toEqual({ absolute: -1, relative: -1 / 6 });
    expect(goalpost.agreements.value[0]?.progress).toBeLessThan(0);
    await goalpost.logProgress({ agreementId: agreement.id, value: goal.target });
    await until(() => goalpost.pending.value === 0);
    expect(backend.state.goals.find((g) => g.id === goal.id)?.status).toBe("achieved");
  });

  it("scale metrics are logged as start and end assessments on their anchored scale", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("outreach-confidence", { baseline: 2 });
    const metric = goalpost.agreements.value[0]?.metric;
    expect(metric?.scale?.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    await goalpost.setGoal({ agreementId: agreement.id, target: 3 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 3, phase: "end" });
    await until(() => goalpost.pending.value === 0);
    const stored = backend.state.measurements.filter((m) => m.agreementId === agreement.id);
    expect(stored).toMatchObject([{ value: 3, source: "scale", phase: "end" }]);
    await expect(goalpost.logProgress({ agreementId: agreement.id, value: 3.5 })).rejects.toThrow(
      ValidationError,
    );
  });

  it("offers no next goal once the value is the best the metric allows", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("outreach-confidence", { baseline: 4 });
    await goalpost.setGoal({ agreementId: agreement.id, target: 5 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 5, phase: "end" });
    const view = goalpost.agreements.value[0];
    expect(view).toMatchObject({ stage: "achieved", atBest: true, suggestion: undefined });
    expect(goalpost.needsGoal.value).toEqual([]);
    await expect(goalpost.setGoal({ agreementId: agreement.id })).rejects.toMatchObject({
      issues: [{ path: ["target"] }],
    });
    // Slipping back from the top makes a next step possible again.
    await goalpost.logProgress({ agreementId: agreement.id, value: 4, phase: "end" });
    expect(goalpost.agreements.value[0]).toMatchObject({
      atBest: false,
      suggestion: { target: 5 },
    });
  });

  it("records app-generated data for an agreed app metric, and refuses it otherwise", async () => {
    const goalpost = await startSdk("digital-marketer");
    // Not agreed yet: no entry, only a value to offer as the baseline.
    await expect(goalpost.record("icp-fit-rate", 41)).resolves.toBeUndefined();
    expect(goalpost.pending.value).toBe(0);
    await expect(goalpost.record("campaign-setup-hours", 4)).rejects.toMatchObject({
      issues: [{ path: ["metricId"] }],
    });
    const agreement = await goalpost.agreeMetric("icp-fit-rate", { baseline: 35 });
    await goalpost.record("icp-fit-rate", 41);
    await until(() => goalpost.pending.value === 0);
    const stored = backend.state.measurements.filter((m) => m.agreementId === agreement.id);
    expect(stored).toMatchObject([{ value: 41, source: "app" }]);
    await expect(goalpost.record("icp-fit-rate", 140)).rejects.toMatchObject({
      issues: [{ path: ["value"], message: "must be between 0 and 100" }],
    });
  });

  it("submits a value pulse and no longer asks for one", async () => {
    const goalpost = await startSdk("marketing-vp");
    await goalpost.agreeMetric("web-revenue", { baseline: 120_000 });
    await goalpost.refresh();
    const pulse = await goalpost.submitPulse({
      touchpoint: "product",
      score: 4,
      comment: "Useful",
    });
    expect(pulse).toMatchObject({ touchpoint: "product", score: 4 });
    expect(goalpost.pulseDue.value).toBe(false);
    await goalpost.refresh();
    expect(goalpost.pulseDue.value).toBe(false);
  });

  it("rolls an optimistic change back, with an error to show, when the server refuses", async () => {
    const goalpost = await startSdk("sdr");
    const errors: string[] = [];
    goalpost.on("error", ({ action }) => errors.push(action));
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 3 });
    // Another tab of the same user sets a goal first: this one's attempt is refused with 409.
    backend.state.goals.push({
      id: "other-tab-goal",
      agreementId: agreement.id,
      startValue: 3,
      target: 4,
      startAt: new Date().toISOString(),
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      status: "active",
      actions: [],
      valueElementIds: [],
    });
    const attempt = goalpost.setGoal({ agreementId: agreement.id });
    expect(goalpost.goals.value).toHaveLength(1); // shown at once, optimistically
    await expect(attempt).rejects.toBeInstanceOf(HttpError);
    expect(goalpost.goals.value).toHaveLength(0); // and rolled back
    expect(goalpost.error.value).toMatchObject({ action: "setGoal", error: { status: 409 } });
    expect(errors).toEqual(["setGoal"]);
    await goalpost.refresh();
    expect(goalpost.agreements.value[0]?.goal?.id).toBe("other-tab-goal");
  });
});
