import type { Agreement } from "../contract/agreement.ts";
import type { Metric } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import { improvement } from "../math/improvement.ts";
import { inPlaceAt } from "../math/inPlaceAt.ts";

/** An account's customer results at one date, from least to most. */
export type ResultsState = "no-measures" | "measuring" | "gain" | "goal-achieved";

/** The states in order, for reports that list every group. */
export const resultsStates: readonly ResultsState[] = [
  "no-measures",
  "measuring",
  "gain",
  "goal-achieved",
];

/** An account's data, as stored now: every role's agreements, goals and measurements. */
export interface AccountResultsData {
  agreements: readonly Agreement[];
  goals: readonly Goal[];
  measurements: readonly Measurement[];
  metrics: readonly Metric[];
}

/** How far back an achieved goal counts for the `goal-achieved` state. */
export const achievedWindowDays = 183;

/**
 * The account's customer-results state at `at`, from what was known by then only, so that an
 * account that survived longer cannot look better for it:
 * - `goal-achieved`: a goal achieved in the 6 months before `at`;
 * - `gain`: a measure in place with a direction-aware gain from its baseline to its latest
 *   value on or before `at`;
 * - `measuring`: a measure in place without a gain;
 * - `no-measures`: none in place.
 * Limits, stated in docs/kpis.md: a corrected value counts as corrected, and a baseline counts
 * from its date.
 */
export function resultsStateAt(data: AccountResultsData, at: string): ResultsState {
  const until = Date.parse(at);
  const since = until - achievedWindowDays * 86_400_000;
  const achieved = data.goals.some((goal) => {
    const when = goal.achievedAt ? Date.parse(goal.achievedAt) : Number.NaN;
    return goal.status === "achieved" && when <= until && when > since;
  });
  if (achieved) return "goal-achieved";
  const inPlace = measuresAt(data, until);
  if (inPlace.length === 0) return "no-measures";
  return inPlace.some(
    (m) => m.latest !== undefined && improvement(m.baseline, m.latest, m.direction) > 0,
  )
    ? "gain"
    : "measuring";
}

/**
 * The account's average relative gain at `at`: over its measures in place with a latest value on
 * or before `at` and a baseline other than 0, the mean of improvement / |baseline| (direction-aware:
 * 6 → 4.5 hours is +0.25). Undefined when no measure has such a gain to give.
 */
export function averageGainAt(data: AccountResultsData, at: string): number | undefined {
  const gains = measuresAt(data, Date.parse(at)).flatMap((m) =>
    m.latest !== undefined && m.baseline !== 0
      ? [improvement(m.baseline, m.latest, m.direction) / Math.abs(m.baseline)]
      : [],
  );
  return gains.length ? gains.reduce((sum, g) => sum + g, 0) / gains.length : undefined;
}

/** Each measure in place at `until` with its baseline and its latest value by then. */
function measuresAt(data: AccountResultsData, until: number) {
  const at = new Date(until).toISOString();
  return data.agreements.flatMap((agreement) => {
    const metric = data.metrics.find((m) => m.id === agreement.metricId);
    const baseline = agreement.baseline;
    if (!inPlaceAt(agreement, at) || !baseline || Date.parse(baseline.at) > until) return [];
    let latest: Measurement | undefined;
    for (const m of data.measurements) {
      if (m.agreementId !== agreement.id || m.deletedAt !== undefined) continue;
      const time = Date.parse(m.at);
      if (time <= until && (!latest || time >= Date.parse(latest.at))) latest = m;
    }
    // A metric gone from the catalog has no direction to read a gain by: in place, no gain.
    return [
      {
        baseline: baseline.value,
        latest: metric ? latest?.value : undefined,
        direction: metric?.direction ?? "increase",
      },
    ];
  });
}
