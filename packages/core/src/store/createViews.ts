import { computed, type ReadonlySignal } from "@preact/signals-core";
import type { Goal } from "../contract/goal.ts";
import type { CreateMeasurementBody } from "../contract/measurement.ts";
import type { LatestValue } from "../contract/session.ts";
import { goalStatusAt } from "../math/goalStatus.ts";
import { settleCorrection } from "../math/settleCorrection.ts";
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

  /** Waiting entries, oldest first: the order they are sent in. */
  const waitingInOrder = computed(() =>
    [...waiting.value].sort((a, b) => a.createdAt - b.createdAt),
  );

  /**
   * Confirmed measurements with what waits in the outbox applied, newest first: new entries
   * added, corrections made and deletions taken out (each marked `pending` until sent). A refused
   * correction is not applied: the entry shows as the server has it.
   */
  const history = computed(() => {
    const merged = new Map<string, HistoryEntry[]>();
    for (const [agreementId, list] of state.confirmed.value) merged.set(agreementId, [...list]);
    const userId = user.value?.id ?? "";
    for (const entry of waitingInOrder.value) {
      const list = merged.get(entry.body.agreementId) ?? [];
      const index = list.findIndex((m) => m.id === entry.body.id);
      if (entry.kind === "delete") {
        if (index !== -1) list.splice(index, 1);
      } else if (entry.kind === "correct") {
        const known = list[index];
        if (known) list[index] = correctedEntry(known, entry.body);
      } else if (index === -1) {
        const { at = new Date(entry.createdAt).toISOString(), ...body } = entry.body;
        list.push({ ...body, at, userId, pending: true });
      }
      merged.set(entry.body.agreementId, list);
    }
    for (const list of merged.values()) list.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return merged as ReadonlyMap<string, readonly HistoryEntry[]>;
  });

  /**
   * Goals with waiting entries applied, so a goal reached offline shows as achieved at once, and
   * one whose reaching entry was corrected below the target (or deleted) shows as reopened.
   */
  const goals = computed(() => {
    let result: readonly Goal[] = state.goals.value;
    const byId = new Map(state.agreements.value.map((a) => [a.id, a]));
    const directions = new Map(metrics.value.map((m) => [m.id, m.direction]));
    for (const { body, createdAt, kind } of waitingInOrder.value) {
      const direction = directions.get(byId.get(body.agreementId)?.metricId ?? "");
      const at = body.at ?? new Date(createdAt).toISOString();
      if (!direction) continue;
      result =
        kind === undefined
          ? applyMeasurement(result, { ...body, at }, direction)
          : settleCorrection(
              result,
              body.agreementId,
              at,
              history.value.get(body.agreementId) ?? [],
              direction,
              nowIso.value,
            );
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
  /**
   * The newest value the product holds of each app or integration metric the role has not agreed:
   * from the session, or given to `record` since, to offer as the baseline.
   */
  const latestValues = computed(() => {
    const taken = new Set(
      state.agreements.value.filter((a) => a.status !== "retired").map((a) => a.metricId),
    );
    const newest = new Map<string, LatestValue>();
    for (const value of [
      ...(state.session.value?.latestValues ?? []),
      ...state.recorded.value.values(),
    ]) {
      const seen = newest.get(value.metricId);
      if (!seen || Date.parse(value.at) >= Date.parse(seen.at)) newest.set(value.metricId, value);
    }
    return metrics.value.flatMap((m) => {
      const value = newest.get(m.id);
      return value && !taken.has(m.id) ? [value] : [];
    });
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
    latestValues,
    needsGoal,
    achieved,
    pending,
    rejected,
  };
}

export type StoreViews = ReturnType<typeof createViews>;

/** A history entry as a waiting correction will leave it: its value and note, pending. */
function correctedEntry(known: HistoryEntry, body: CreateMeasurementBody): HistoryEntry {
  const { note: _note, ...rest } = known;
  return {
    ...rest,
    value: body.value,
    ...(body.note !== undefined ? { note: body.note } : {}),
    pending: true,
  };
}
