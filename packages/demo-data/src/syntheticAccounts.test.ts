import { accountRoleRows } from "@goalpost/backend";
import { checkValue } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { demoCatalog } from "./demoCatalog.ts";
import { syntheticAccounts } from "./syntheticAccounts.ts";

const now = new Date("2026-06-01T09:00:00.000Z");

describe("syntheticAccounts", () => {
  const data = syntheticAccounts(demoCatalog, now, 300);

  it("makes the accounts asked for, the same every time", () => {
    expect(data.accounts).toHaveLength(300);
    expect(data.accounts[0]?.id).toBe("synthetic-0001");
    expect(syntheticAccounts(demoCatalog, now, 300)).toEqual(data);
  });

  it("keeps every value within its metric's bounds, nothing after now", () => {
    const metrics = new Map(demoCatalog.metrics.map((m) => [m.id, m]));
    const agreements = new Map(data.agreements.map((a) => [a.id, a]));
    for (const m of data.measurements) {
      const metric = metrics.get(agreements.get(m.agreementId)?.metricId ?? "");
      if (!metric) throw new Error(`no metric for ${m.agreementId}`);
      expect(checkValue(metric, m.value), `${m.id}: ${m.value}`).toBeUndefined();
      expect(Date.parse(m.at)).toBeLessThanOrEqual(now.getTime());
    }
    const users = new Set(data.users.map((u) => `${u.accountId}/${u.roleId}`));
    for (const a of data.agreements) expect(users.has(`${a.accountId}/${a.roleId}`)).toBe(true);
  });

  it("gives the console rows in every state, some at risk", () => {
    const rows = accountRoleRows({ ...data, metrics: demoCatalog.metrics }, now);
    const states = new Set(rows.map((r) => r.state));
    expect([...states].sort()).toEqual(["gain", "goal-achieved", "measuring", "no-measures"]);
    const flags = new Set(rows.flatMap((r) => r.flags));
    expect([...flags].sort()).toEqual([
      "low-value",
      "missed-goal",
      "no-recent-entry",
      "regression",
    ]);
    expect(data.pulses.some((p) => p.comment)).toBe(true);
  });
});
