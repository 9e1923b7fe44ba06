import { type GoalpostError, isGoalpostError, isValidationError } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { startSdk, switchableConnectivity, until, useMockBackend } from "./support.ts";

const backend = useMockBackend();

const storedFor = (agreementId: string) =>
  backend.state.measurements.filter((m) => m.agreementId === agreementId);
const correctionsOf = (measurementId: string) =>
  backend.state.corrections.filter((c) => c.measurementId === measurementId);

/** A user of a fresh account with "meetings-booked" agreed (baseline 4) and a goal of 6. */
async function withGoal(connectivity = switchableConnectivity(true)) {
  const goalpost = await startSdk("sdr", { connectivity });
  const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
  const goal = await goalpost.setGoal({ agreementId: agreement.id, target: 6 });
  const view = () => goalpost.agreements.value.find((v) => v.agreement.id === agreement.id);
  return { goalpost, agreement, goal, view, connectivity };
}

describe("correcting an entry", () => {
  it("shows the correction at once, reopens the goal, and sends it once", async () => {
    const { goalpost, agreement, goal, view } = await withGoal();
    const logged = await goalpost.logProgress({ agreementId: agreement.id, value: 60 });
    await until(() => goalpost.pending.value === 0);
    expect(view()?.goal).toBeUndefined();
    expect(view()?.lastGoal).toMatchObject({ id: goal.id, status: "achieved" });

    const corrected = await goalpost.correctEntry(logged.id, { value: 5 });
    // Optimistic: the value and the goal follow before the server answers.
    expect(corrected).toMatchObject({ id: logged.id, value: 5, pending: true });
    expect(view()?.current?.value).toBe(5);
    expect(view()?.goal).toMatchObject({ id: goal.id, status: "active", startValue: 4 });

    await until(() => goalpost.pending.value === 0);
    expect(storedFor(agreement.id).map((m) => [m.id, m.value])).toEqual([[logged.id, 5]]);
    expect(correctionsOf(logged.id)).toHaveLength(1);
    // Confirmed, the store's goals agree with the server's.
    expect(view()?.history.map((m) => [m.value, m.pending])).toEqual([[5, undefined]]);
    expect(view()?.goal?.status).toBe("active");
    expect(backend.state.goals.find((g) => g.id === goal.id)?.status).toBe("active");
  });

  it("amends an entry still waiting offline, so the server only sees the corrected value", async () => {
    const connectivity = switchableConnectivity(true);
    const { goalpost, agreement, view } = await withGoal(connectivity);
    connectivity.set(false);
    backend.setScenario({ offline: true });
    const logged = await goalpost.logProgress({
      agreementId: agreement.id,
      value: 60,
      note: "typo",
    });
    await goalpost.correctEntry(logged.id, { value: 5, note: null });
    expect(goalpost.pending.value).toBe(1);
    expect(view()?.history.map((m) => [m.value, m.note, m.pending])).toEqual([
      [5, undefined, true],
    ]);

    backend.setScenario({ offline: false });
    connectivity.set(true);
    await until(() => goalpost.pending.value === 0);
    expect(storedFor(agreement.id).map((m) => [m.id, m.value, m.note])).toEqual([
      [logged.id, 5, undefined],
    ]);
    expect(correctionsOf(logged.id)).toEqual([]);
    expect(view()?.goal?.status).toBe("active");
  });

  it("drops an entry deleted before it was sent, and deletes a sent one once", async () => {
    const connectivity = switchableConnectivity(true);
    const { goalpost, agreement, view } = await withGoal(connectivity);
    const sent = await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    await until(() => goalpost.pending.value === 0);
    connectivity.set(false);
    backend.setScenario({ offline: true });
    const unsent = await goalpost.logProgress({ agreementId: agreement.id, value: 50 });
    await goalpost.deleteEntry(unsent.id);
    await goalpost.deleteEntry(sent.id);
    expect(view()?.history).toEqual([]);
    expect(view()?.current).toEqual(view()?.agreement.baseline);
    expect(goalpost.pending.value).toBe(1);

    backend.setScenario({ offline: false });
    connectivity.set(true);
    await until(() => goalpost.pending.value === 0);
    expect(storedFor(agreement.id)).toEqual([]);
    expect(backend.state.tombstones.map((m) => m.id)).toContain(sent.id);
    expect(backend.state.tombstones.map((m) => m.id)).not.toContain(unsent.id);
    expect(view()?.history).toEqual([]);
  });

  it("undoes a correction the server refuses, and keeps it in rejected", async () => {
    const { goalpost, agreement, view } = await withGoal();
    const logged = await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    await until(() => goalpost.pending.value === 0);
    // Retired elsewhere meanwhile: the server refuses corrections of its entries (409).
    const stored = backend.state.agreements.find((a) => a.id === agreement.id);
    if (stored) Object.assign(stored, { status: "retired", retiredAt: new Date().toISOString() });
    await goalpost.correctEntry(logged.id, { value: 5.5 });
    await until(() => goalpost.rejected.value.length === 1);
    expect(view()?.history.map((m) => m.value)).toEqual([5]);
    expect(goalpost.rejected.value[0]).toMatchObject({ kind: "correct", error: { status: 409 } });
  });

  it("refuses, sending nothing, what the server would refuse", async () => {
    const { goalpost, agreement } = await withGoal();
    const logged = await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    const bad = await goalpost.correctEntry(logged.id, { value: -1 }).catch((e: unknown) => e);
    expect(isValidationError(bad) && bad.issues[0]?.path).toEqual(["value"]);
    const missing = await goalpost.deleteEntry("no-such-entry").catch((e: unknown) => e);
    expect(isValidationError(missing)).toBe(true);

    const contacts = await goalpost.agreeMetric("qualified-contacts", { baseline: 10 });
    const recorded = await goalpost.record("qualified-contacts", 12);
    const forbidden = await goalpost.deleteEntry(recorded?.id ?? "").catch((e: unknown) => e);
    expect(isGoalpostError(forbidden) && !isValidationError(forbidden)).toBe(true);
    expect((forbidden as GoalpostError).message).toMatch(/app data/);
    await until(() => goalpost.pending.value === 0);
    expect(storedFor(contacts.id).map((m) => m.value)).toEqual([12]);
  });
});

describe("baselines", () => {
  it("labels a typed baseline as the user's, and keeps the product's value as the product's", async () => {
    const goalpost = await startSdk("digital-marketer");
    const typed = await goalpost.agreeMetric("icp-fit-rate", { baseline: 90 });
    expect(typed.baseline?.source).toBe("self");
    await goalpost.setBaseline(typed.id, 88);
    expect(goalpost.agreements.value[0]?.agreement.baseline).toMatchObject({
      value: 88,
      source: "self",
    });
  });

  it("offers what the app recorded before the metric was agreed, then takes it as the baseline", async () => {
    const goalpost = await startSdk("digital-marketer");
    expect(goalpost.latestValues.value).toEqual([]);
    expect(await goalpost.record("icp-fit-rate", 42)).toBeUndefined();
    const [offered] = goalpost.latestValues.value;
    expect(offered).toMatchObject({ metricId: "icp-fit-rate", value: 42, source: "app" });
    expect(goalpost.getSnapshot().latestValues).toEqual([offered]);

    const agreed = await goalpost.agreeMetric("icp-fit-rate", {
      baseline: { value: 42, at: offered?.at ?? "", source: "app" },
    });
    expect(agreed.baseline).toMatchObject({ value: 42, at: offered?.at, source: "app" });
    expect(goalpost.latestValues.value).toEqual([]);
  });

  it("changing the maturity level and baseline is kept as history", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", {
      maturityLevel: 1,
      baseline: 0,
    });
    await goalpost.setMaturity(agreement.id, 2);
    await goalpost.setBaseline(agreement.id, 6);
    const changes = backend.state.agreementChanges.filter((c) => c.agreementId === agreement.id);
    expect(changes.map((c) => [c.change.before, c.change.after])).toEqual([
      [{ maturityLevel: 1 }, { maturityLevel: 2 }],
      [
        { baseline: expect.objectContaining({ value: 0 }) },
        { baseline: expect.objectContaining({ value: 6 }) },
      ],
    ]);
  });
});
