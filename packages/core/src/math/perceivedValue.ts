import { type Pulse, Touchpoint } from "../contract/pulse.ts";
import type { PerceivedValue } from "../contract/reports.ts";

/** Average score and number of responses per touchpoint, in the contract's touchpoint order. */
export function perceivedValue(
  pulses: readonly Pick<Pulse, "touchpoint" | "score">[],
): PerceivedValue[] {
  const totals = new Map<string, { sum: number; count: number }>();
  for (const pulse of pulses) {
    const total = totals.get(pulse.touchpoint) ?? { sum: 0, count: 0 };
    total.sum += pulse.score;
    total.count += 1;
    totals.set(pulse.touchpoint, total);
  }
  return Touchpoint.options.flatMap((touchpoint) => {
    const total = totals.get(touchpoint);
    return total ? [{ touchpoint, avgScore: total.sum / total.count, responses: total.count }] : [];
  });
}
