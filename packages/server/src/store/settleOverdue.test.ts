import { type Agreement, type Goal, isOverdue, settleDue } from "@goalpost/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { insertAgreement } from "./agreements.ts";
import { findGoal, insertGoal, settleOverdue } from "./goals.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const longAgo = new Date("2020-01-01T00:00:00.000Z"); // reads the row as stored, unsettled

let db: Database;
beforeAll(async () => {
  db = await openTestPglite("migrated");
  await db.query("INSERT INTO accounts (id, created_at) VALUES ('acme', $1::timestamptz)", [
    at(-86_400_000),
  ]);
});
afterAll(() => db.close());

/** An agreement of its own (one active goal each) with one active goal due `dueInMs` from now. */
async function storeGoal(name: string, dueInMs: number): Promise<Goal> {
  const agreement: Agreement = {
    id: `agr_${name}`,
    accountId: "acme",
    roleId: "sdr",
    metricId: `metric-${name}`,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: at(-86_400_000),
  };
  const goal: Goal = {
    id: `goal_${name}`,
    agreementId: agreement.id,
    startValue: 4,
    target: 6,
    startAt: at(-3_600_000),
    dueAt: at(dueInMs),
    status: "active",
    actions: [],
    valueElementIds: [],
  };
  await insertAgreement(db, agreement);
  await insertGoal(db, goal);
  return goal;
}

describe("settleOverdue, the SQL translation of the core's isOverdue/settleDue", () => {
  it.each([
    ["a second before now", -1000],
    ["exactly now", 0],
    ["a second after now", 1000],
  ])("agrees with the core for a goal due %s", async (name, dueInMs) => {
    const goal = await storeGoal(name.replaceAll(" ", "-"), dueInMs);
    await settleOverdue(db, goal.agreementId, now);
    const stored = await findGoal(db, goal.id, longAgo);
    expect(stored).toEqual(settleDue(goal, now));
    expect(stored?.status === "missed").toBe(isOverdue(goal, now));
    // Reading settles the same way, whether or not the write came first.
    expect(await findGoal(db, goal.id, now)).toEqual(settleDue(goal, now));
  });

  it("leaves a closed goal alone, however late", async () => {
    const goal = await storeGoal("closed", -1000);
    const achieved = { ...goal, status: "achieved" as const, achievedAt: at(-2000) };
    await db.query(
      "UPDATE goals SET status = 'achieved', achieved_at = $2::timestamptz, closed_at = $2::timestamptz WHERE id = $1::text",
      [goal.id, achieved.achievedAt],
    );
    await settleOverdue(db, goal.agreementId, now);
    expect(await findGoal(db, goal.id, now)).toEqual({
      ...achieved,
      closedAt: achieved.achievedAt,
    });
  });
});
