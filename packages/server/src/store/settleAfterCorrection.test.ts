import { type Agreement, type Goal, settleCorrection } from "@goalpost/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { insertAgreement } from "./agreements.ts";
import { settleAfterCorrection } from "./corrections.ts";
import { findGoal, insertGoal } from "./goals.ts";
import { insertMeasurement } from "./measurements.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

let db: Database;
beforeAll(async () => {
  db = await openTestPglite("migrated");
  await db.query("INSERT INTO accounts (id, created_at) VALUES ('acme', $1::timestamptz)", [
    at(-90),
  ]);
});
afterAll(() => db.close());

/** An agreement of its own with one goal from 4 to 6 started 10 days ago, due in `dueInDays`. */
async function store(name: string, dueInDays: number, values: [number, number][]) {
  const agreement: Agreement = {
    id: `agr_${name}`,
    accountId: "acme",
    roleId: "sdr",
    metricId: `metric-${name}`,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: at(-30),
  };
  const first = values[0]?.[1] ?? -5;
  const goal: Goal = {
    id: `goal_${name}`,
    agreementId: agreement.id,
    startValue: 4,
    target: 6,
    startAt: at(-10),
    dueAt: at(dueInDays),
    status: "achieved",
    achievedAt: at(first),
    closedAt: at(first),
    actions: [],
    valueElementIds: [],
  };
  await insertAgreement(db, agreement);
  await insertGoal(db, goal);
  const measurements = values.map(([value, day], i) => ({
    id: `m_${name}_${i}`,
    agreementId: agreement.id,
    value,
    at: at(day),
    source: "self" as const,
    userId: "sam",
  }));
  for (const m of measurements) await insertMeasurement(db, m, "test");
  return { goal, measurements };
}

describe("settleAfterCorrection, the store's use of the core's settleCorrection", () => {
  it.each([
    ["reopened while due", 20, [[5, -5]] as [number, number][]],
    ["missed once overdue", -1, [[5, -5]] as [number, number][]],
    [
      "achieved again at a later entry",
      20,
      [
        [5, -5],
        [7, -3],
        [2, -12],
      ] as [number, number][],
    ],
  ])("agrees with the core: %s", async (name, due, values) => {
    const { goal, measurements } = await store(name.replaceAll(" ", "-"), due, values);
    await settleAfterCorrection(db, goal.agreementId, at(-5), "increase", now);
    const [expected] = settleCorrection(
      [goal],
      goal.agreementId,
      at(-5),
      measurements,
      "increase",
      now,
    );
    expect(await findGoal(db, goal.id, new Date("2020-01-01T00:00:00.000Z"))).toEqual(expected);
  });

  it("leaves deleted measurements out", async () => {
    const { goal } = await store("deleted", 20, [[9, -5]]);
    await db.query(
      "UPDATE measurements SET deleted_at = $1::timestamptz WHERE agreement_id = $2::text",
      [now.toISOString(), goal.agreementId],
    );
    await settleAfterCorrection(db, goal.agreementId, at(-5), "increase", now);
    expect((await findGoal(db, goal.id, now))?.status).toBe("active");
  });
});
