import type { Gain, Metric } from "@goalpost/core/contract";
import { createValueFormat } from "@goalpost/core/format";

const format = createValueFormat({ locale: "en" });

/** How a gain reads: whether it is better, and in words that follow the metric's direction. */
export interface GainWords {
  /** `better`, `worse`, or `same`. */
  verdict: "better" | "worse" | "same";
  /** "4.5 hours faster", "12 qualified contacts more", "0.5 points higher". */
  text: string;
  /** "+25%" of the baseline, or undefined where a relative change means nothing (scales, percentages, a zero baseline). */
  relative: string | undefined;
}

/**
 * A gain since baseline (positive is better, `gainSinceBaseline`) in direction-aware words: a
 * decrease in hours is "faster", never a green "+4.5 hours" for a value that went down. Scale
 * and percent metrics move in points and get no relative percent.
 * @example gainWords(setupHours, { absolute: 4.5, relative: 0.25 }) // { verdict: "better", text: "4.5 hours faster", relative: "+25%" }
 */
export function gainWords(
  metric: Pick<Metric, "unit" | "scale" | "direction">,
  gain: Gain,
): GainWords {
  const { absolute } = gain;
  const verdict = absolute > 0 ? "better" : absolute < 0 ? "worse" : "same";
  if (verdict === "same") return { verdict, text: "no change", relative: undefined };
  const amount = format.amount(metric, Math.abs(absolute));
  // The value moved up when the gain is positive on an increase metric, or negative on a decrease one.
  const up = absolute > 0 === (metric.direction === "increase");
  const word =
    metric.unit.type === "duration"
      ? up
        ? "slower"
        : "faster"
      : metric.unit.type === "number"
        ? up
          ? "more"
          : "fewer"
        : metric.unit.type === "currency"
          ? up
            ? "more"
            : "less"
          : up
            ? "higher"
            : "lower";
  const relative =
    gain.relative === null || metric.unit.type === "scale" || metric.unit.type === "percent"
      ? undefined
      : new Intl.NumberFormat("en", {
          style: "percent",
          maximumFractionDigits: 1,
          signDisplay: "exceptZero",
        }).format(gain.relative);
  return { verdict, text: `${amount} ${word}`, relative };
}
