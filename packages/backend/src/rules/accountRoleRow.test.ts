import { describe, expect, it } from "vitest";
import { activeGoal, agreementOn, inDays, measurement, metrics, now } from "../testFixtures.ts";
import { type AccountRoleData, accountRoleRow } from "./accountRoleRow.ts";

const data = (fields: Partial<AccountRoleData>): AccountRoleData => ({
  accountId: "acme",
  roleId: "sdr",
  users: 2,
  agreements: [],
  goals: [],
  measurements: [],
  pulses: [],
  metrics,
  ...fields,
});

describe("accountRoleRow", () => {
  it("a role without measures is in no-measures, and not at risk for it", () => {
    const row = accountRoleRow(data({}), now);
    expect(row).toMatchObject({ state: "no-measures", flags: [], risk: 0, measures: 0 });
    expect(row.lastEntryAt).toBeNull();
  });

  it("a measure with a gain is in gain; its latest entry is the measurement", () => {
    const row = accountRoleRow(
      data({ agreements: [agreementOn()], measurements: [measurement(5)] }),
      now,
    );
    expect(row).toMatchObject({ state: "gain", gains: 1, regressions: 0, flags: [] });
    expect(row.lastEntryAt).toBe(inDays(-1));
  });

  it("a regression below baseline and a goal missed in the last 90 days put it at risk", () => {
    const missed = activeGoal({ dueAt: inDays(-3), startAt: inDays(-40) });
    const row = accountRoleRow(
      data({ agreements: [agreementOn()], measurements: [measurement(3)], goals: [missed] }),
      now,
    );
    expect(row).toMatchObject({
      state: "measuring",
      flags: ["regression", "missed-goal"],
      risk: 2,
      goals: { active: 0, achieved: 0, missed: 1 },
    });
  });

  it("a direction-aware regression: a decrease metric that went up", () => {
    const agreement = agreementOn("setup-hours", { id: "agr_setup-hours" });
    const row = accountRoleRow(
      data({
        agreements: [agreement],
        measurements: [measurement(6, { agreementId: "agr_setup-hours" })],
      }),
      now,
    );
    expect(row.flags).toContain("regression");
  });

  it("a goal achieved in the last 6 months wins the state over a regression", () => {
    const achieved = activeGoal({
      status: "achieved",
      achievedAt: inDays(-30),
      dueAt: inDays(-20),
    });
    const row = accountRoleRow(
      data({ agreements: [agreementOn()], goals: [achieved], measurements: [measurement(3)] }),
      now,
    );
    expect(row.state).toBe("goal-achieved");
    expect(row.flags).toEqual(["regression"]);
  });

  it("low perceived value: pulses of the last 90 days averaging below 3", () => {
    const pulses = [
      { score: 2, at: inDays(-5) },
      { score: 3, at: inDays(-10) },
      { score: 5, at: inDays(-100) },
    ];
    const row = accountRoleRow(data({ pulses }), now);
    expect(row.perceivedValue).toEqual({ avgScore: 2.5, responses: 2 });
    expect(row.flags).toEqual(["low-value"]);
    const fine = accountRoleRow(data({ pulses: [{ score: 3, at: inDays(-1) }] }), now);
    expect(fine.flags).toEqual([]);
  });

  it("no entry for N days raises no-recent-entry, N given or 30", () => {
    const old = data({
      agreements: [agreementOn()],
      measurements: [measurement(4, { at: inDays(-20) })],
    });
    expect(accountRoleRow(old, now).flags).toEqual([]);
    expect(accountRoleRow(old, now, 14).flags).toEqual(["no-recent-entry"]);
    const older = data({ agreements: [agreementOn()] }); // the baseline, 60 days ago
    expect(accountRoleRow(older, now).flags).toEqual(["no-recent-entry"]);
  });

  it("a measurement after now or a proposed agreement counts for nothing", () => {
    const row = accountRoleRow(
      data({
        agreements: [agreementOn(), agreementOn("confidence", { id: "agr_c", status: "proposed" })],
        measurements: [measurement(9, { at: inDays(1) })],
      }),
      now,
    );
    expect(row).toMatchObject({ measures: 1, gains: 0, state: "measuring" });
  });
});
