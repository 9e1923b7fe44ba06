import { describe, expect, it } from "vitest";
import type { Agreement } from "../contract/agreement.ts";
import type { Metric, Role } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import { actionItems } from "./actionItems.ts";
import { buildAgreementViews } from "./buildAgreementViews.ts";
import type { HistoryEntry } from "./types.ts";

const day = 86_400_000;
const now = Date.parse("2026-03-30T09:00:00.000Z");
const iso = (days: number) => new Date(now + days * day).toISOString();

const role: Role = {
  id: "sdr",
  name: "SDR",
  maturity: [1, 2, 3].map((level) => ({
    level,
    name: `Level ${level}`,
    description: "Books meetings",
    expectedGain: 0.2,
  })),
};
const metric = (id: string, extra: Partial<Metric>): Metric => ({
  id,
  name: id,
  description: id,
  kind: "value",
  roleIds: ["sdr"],
  unit: { type: "number" },
  direction: "increase",
  collection: "self",
  dataSource: "CRM",
  periodDays: 28,
  ...extra,
});
const metrics = [
  metric("meetings", {}),
  metric("contacts", { collection: "app" }),
  metric("rate", { unit: { type: "percent" } }),
  metric("confidence", {
    unit: { type: "scale" },
    collection: "scale",
    scale: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })) },
  }),
];
const agreement = (metricId: string, baseline: number | null = 4): Agreement => ({
  id: `agr-${metricId}`,
  accountId: "acme",
  roleId: "sdr",
  metricId,
  status: "agreed",
  proposedBy: "customer",
  agreedAt: iso(-60),
  maturityLevel: 1,
  ...(baseline === null ? {} : { baseline: { value: baseline, at: iso(-60), source: "self" } }),
});
const goal = (metricId: string, extra: Partial<Goal> = {}): Goal => ({
  id: `goal-${metricId}`,
  agreementId: `agr-${metricId}`,
  startValue: 4,
  target: 5,
  startAt: iso(-24),
  dueAt: iso(4),
  status: "active",
  actions: [],
  valueElementIds: [],
  ...extra,
});
const entry = (metricId: string, days: number, value: number, extra = {}): HistoryEntry => ({
  id: `m-${metricId}-${days}`,
  agreementId: `agr-${metricId}`,
  value,
  at: iso(days),
  source: "self",
  userId: "u-1",
  ...extra,
});

function itemsFor(
  agreements: Agreement[],
  goals: Goal[] = [],
  entries: HistoryEntry[] = [],
  seen: ReadonlySet<string> = new Set(),
) {
  const history = new Map<string, HistoryEntry[]>();
  for (const m of [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))) {
    history.set(m.agreementId, [...(history.get(m.agreementId) ?? []), m]);
  }
  const views = buildAgreementViews({
    role,
    metrics,
    valueElements: [],
    agreements,
    goals,
    history,
    now: iso(0),
  });
  return actionItems(views, iso(0), seen);
}

describe("actionItems", () => {
  it("asks to finish a setup: an agreement without a baseline, or without a goal", () => {
    expect(itemsFor([agreement("meetings", null), agreement("rate")])).toEqual([
      { kind: "setup", agreementId: "agr-meetings", missing: "baseline" },
      { kind: "setup", agreementId: "agr-rate", missing: "goal" },
    ]);
  });

  it("counts neither a missed goal nor an agreement at its best value", () => {
    const missed = goal("meetings", { dueAt: iso(-1) });
    expect(itemsFor([agreement("meetings")], [missed])).toEqual([]);
    expect(itemsFor([agreement("rate", 100)])).toEqual([]);
    const stopped = goal("meetings", { status: "abandoned", closedAt: iso(-3) });
    expect(itemsFor([agreement("meetings")], [stopped])).toEqual([
      { kind: "setup", agreementId: "agr-meetings", missing: "goal" },
    ]);
  });

  it("tells of a goal reached by the app's data until the user has seen it", () => {
    const reached = goal("contacts", { status: "achieved", achievedAt: iso(-2) });
    const agreements = [agreement("contacts")];
    expect(itemsFor(agreements, [reached])).toEqual([
      { kind: "goal-reached", agreementId: "agr-contacts", goalId: "goal-contacts" },
    ]);
    // Seen: the card invites the next goal; the badge has nothing more to say.
    expect(itemsFor(agreements, [reached], [], new Set(["goal-contacts"]))).toEqual([]);
  });

  it("asks for a check-in when a self-reported goal is due within a week with no entry in it", () => {
    const agreements = [agreement("meetings")];
    const goals = [goal("meetings")];
    expect(itemsFor(agreements, goals, [entry("meetings", -10, 4)])).toEqual([
      {
        kind: "check-in",
        agreementId: "agr-meetings",
        goalId: "goal-meetings",
        reason: "no-recent-entry",
      },
    ]);
    expect(itemsFor(agreements, goals, [entry("meetings", -2, 4)])).toEqual([]);
    // Not yet in its last week: nothing asked.
    expect(itemsFor(agreements, [goal("meetings", { dueAt: iso(8) })])).toEqual([]);
  });

  it("asks for a scale metric's end-of-period assessment until it is made", () => {
    const agreements = [agreement("confidence", 2)];
    const goals = [goal("confidence", { startValue: 2, target: 3 })];
    const start = entry("confidence", -24, 2, { phase: "start", source: "scale" });
    expect(itemsFor(agreements, goals, [start])).toEqual([
      {
        kind: "check-in",
        agreementId: "agr-confidence",
        goalId: "goal-confidence",
        reason: "end-assessment",
      },
    ]);
    const end = entry("confidence", -1, 2, { phase: "end", source: "scale" });
    expect(itemsFor(agreements, goals, [start, end])).toEqual([]);
  });

  it("asks nothing of app and integration metrics on track, nor of retired agreements", () => {
    const retired = { ...agreement("meetings", null), status: "retired" as const };
    expect(itemsFor([agreement("contacts"), retired], [goal("contacts")])).toEqual([]);
  });

  it("uses a quarter of a short period as its window", () => {
    const week = goal("meetings", { startAt: iso(-5), dueAt: iso(2) });
    expect(itemsFor([agreement("meetings")], [week], [entry("meetings", -3, 4)])).toEqual([]);
    const soon = goal("meetings", { startAt: iso(-6), dueAt: iso(1) });
    expect(itemsFor([agreement("meetings")], [soon], [entry("meetings", -3, 4)])).toHaveLength(1);
  });
});
