import { computed, type ReadonlySignal } from "@preact/signals-core";
import type { Goal } from "../contract/goal.ts";
import { goalStatusAt } from "../math/goalStatus.ts";
import { applyMeasurement } from "./applyMeasurement.ts";
import { buildAgreementViews } from "./buildAgreementViews.ts";
import type { StoreState } from "./createState.ts";
import type { HistoryEntry } from "./types.ts";

/**
 * The derived, read-only views of the state. `time` (a clock signal, see `createClock`) dates
 * overdue goals as missed and suggested goals: the views never read the clock themselves.
 */
export function createViews(state: StoreState, time: ReadonlySignal<number>) {
  const nowIso = computed(() => new Date(time.value).toISOString());
  const user = computed(() => state.session.value?.user);
  const role = computed(() => state.session.value?.role);
  const metrics = computed(() => state.session.value?.catalog.metrics ?? []);
  const valueElements = computed(() => state.session.value?.catalog.valueElements ?? []);
  const entries = computed(() => state.outbox.value?.entries.value ?? []);
  const waiting = computed(() => entries.value.filter((e) => e.status === "pending"));
  const pending = computed(() => waiting.value.length);
  const rejected = computed(() => entries.value.filter((e) => e.status === "rejected"));

  /** Confirmed measurements plus those still waiting in the outbox, newest first. */
  const history = computed(() => {
    const merged = new Map<string, HistoryEntry[]>();
    for (const [agreementId, list] of state.confirmed.value) merged.set(agreementId, [...list]);
    const userId = user.value?.id ?? "";
    for (const entry of waiting.value) {
      const list = merged.get(entry.body.agreementId) ?? [];
      if (list.some((m) => m.id === entry.id)) continue;
      const { at = new Date(entry.createdAt).toISOString(), ...body } = entry.body;
      list.push({ ...body, at, userId, pending: true });
      merged.set(entry.body.agreementId, list);
    }
    for (const list of merged.values()) list.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return merged as ReadonlyMap<string, readonly HistoryEntry[]>;
  });

  /** Goals with waiting entries applied, so a goal reached offline shows as achieved at once. */
  const goals = computed(() => {
    let result: readonly Goal[] = state.goals.value;
    const byId = new Map(state.agreements.value.map((a) => [a.id, a]));
    const directions = new Map(metrics.value.map((m) => [m.id, m.direction]));
    const entriesOldestFirst = [...waiting.value].sort((a, b) => a.createdAt - b.createdAt);
    for (const { body, createdAt } of entriesOldestFirst) {
      const direction = directions.get(byId.get(body.agreementId)?.metricId ?? "");
      const at = body.at ?? new Date(createdAt).toISOString();
      if (direction) result = applyMeasurement(result, { ...body, at }, direction);
    }
    return result;
  });

  const agreements = computed(() => {
    const r = role.value;
    if (!r) return [];
    return buildAgreementViews({
      role: r,
      metrics: metrics.value,
      valueElements: valueElements.value,
      agreements: state.agreements.value,
      goals: goals.value,
      history: history.value,
      now: nowIso.value,
    });
  });

  const activeGoals = computed(() => {
    const now = nowIso.value;
    return goals.value.filter((g) => goalStatusAt(g, now) === "active");
  });

  const suggestedMetrics = computed(() => {
    const taken = new Set(
      state.agreements.value.filter((a) => a.status !== "retired").map((a) => a.metricId),
    );
    return metrics.value.filter((m) => !taken.has(m.id));
  });
  const needsGoal = computed(() =>
    agreements.value.filter(
      (v) => !v.atBest && ["needs-goal", "achieved", "missed"].includes(v.stage),
    ),
  );
  const achieved = computed(() => agreements.value.filter((v) => v.stage === "achieved"));

  return {
    user,
    role,
    metrics,
    valueElements,
    agreements,
    goals,
    activeGoals,
    history,
    suggestedMetrics,
    needsGoal,
    achieved,
    pending,
    rejected,
  };
}

export type StoreViews = ReturnType<typeof createViews>;
