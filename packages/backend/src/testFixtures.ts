import type { Agreement, Goal, Measurement, Metric, Role, ValueElement } from "@goalpost/core";

// A small catalog and one agreement's data for the rule and decision tests.

/** The tests' "now". */
export const now = new Date("2026-03-02T09:00:00.000Z");

/** An ISO time `days` from {@link now} (negative: before). */
export const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

/** The role the tests' user has: a maturity model of three levels. */
export const role: Role = {
  id: "sdr",
  name: "SDR",
  maturity: [1, 2, 3].map((level) => ({
    level,
    name: `Level ${level}`,
    description: "Books meetings",
    expectedGain: 0.1 * level,
  })),
};

const metric = (id: string, fields: Partial<Metric>): Metric => ({
  id,
  name: id,
  description: id,
  kind: "value",
  roleIds: ["sdr"],
  unit: { type: "number" },
  direction: "increase",
  collection: "self",
  dataSource: "CRM",
  periodDays: 30,
  ...fields,
});

/** One metric of each collection method for the role, and one of another role. */
export const metrics: Metric[] = [
  metric("meetings", {}),
  metric("confidence", {
    unit: { type: "scale" },
    collection: "scale",
    scale: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `point ${value}` })) },
  }),
  metric("fit-rate", { unit: { type: "percent" }, collection: "app" }),
  metric("revenue", { unit: { type: "currency", currency: "USD" }, collection: "integration" }),
  metric("setup-hours", { roleIds: ["marketer"], direction: "decrease" }),
];

/** A value element of the role, and one of another role. */
export const valueElements: ValueElement[] = [
  {
    id: "alerts",
    type: "feature",
    title: "Alerts",
    metricIds: ["meetings"],
    roleIds: ["sdr"],
    action: "open-alerts",
  },
  {
    id: "templates",
    type: "template",
    title: "Templates",
    metricIds: ["setup-hours"],
    roleIds: ["marketer"],
    href: "https://example.com/templates",
  },
];

/** The user's agreed agreement on a metric (by default "meetings"), with a baseline of 4. */
export function agreementOn(metricId = "meetings", fields: Partial<Agreement> = {}): Agreement {
  return {
    id: `agr_${metricId}`,
    accountId: "acme",
    roleId: "sdr",
    metricId,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: inDays(-60),
    maturityLevel: 1,
    baseline: { value: 4, at: inDays(-60), source: "self" },
    ...fields,
  };
}

/** An active goal of the "meetings" agreement: from 4 to 6, due in 20 days. */
export function activeGoal(fields: Partial<Goal> = {}): Goal {
  return {
    id: "goal_1",
    agreementId: "agr_meetings",
    startValue: 4,
    target: 6,
    startAt: inDays(-10),
    dueAt: inDays(20),
    status: "active",
    actions: [{ id: "act_1", title: "Set up alerts", owner: "customer", done: false }],
    valueElementIds: ["alerts"],
    ...fields,
  };
}

/** A measurement of the "meetings" agreement. */
export function measurement(value: number, fields: Partial<Measurement> = {}): Measurement {
  return {
    id: `m_${value}`,
    agreementId: "agr_meetings",
    value,
    at: inDays(-1),
    source: "self",
    userId: "sam",
    ...fields,
  };
}
