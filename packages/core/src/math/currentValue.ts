import type { Agreement, Baseline } from "../contract/agreement.ts";
import type { Measurement } from "../contract/measurement.ts";

/**
 * An agreement's current value: its latest measurement, or its baseline when that is newer
 * (a baseline set again later starts afresh). `until` ignores anything taken after it.
 */
export function currentValue(
  agreement: Pick<Agreement, "id" | "baseline">,
  measurements: readonly Measurement[],
  until?: string,
): Baseline | undefined {
  const limit = until === undefined ? Number.POSITIVE_INFINITY : Date.parse(until);
  let latest: Baseline | undefined;
  let latestAt = Number.NEGATIVE_INFINITY;
  if (agreement.baseline && Date.parse(agreement.baseline.at) <= limit) {
    latest = agreement.baseline;
    latestAt = Date.parse(agreement.baseline.at);
  }
  for (const m of measurements) {
    const at = Date.parse(m.at);
    if (m.agreementId === agreement.id && at <= limit && at >= latestAt) {
      latest = { value: m.value, at: m.at, source: m.source };
      latestAt = at;
    }
  }
  return latest;
}
