import { defaultMessages } from "@goalpost/widget";

/**
 * The value pulse's scale in the words the widget asks it with (its default messages), so the
 * scorecard reads a mean score as the user chose it: 4 is "A lot of value" in both.
 */
export const pulseScale = [1, 2, 3, 4, 5].map((score) => ({
  score,
  label: defaultMessages[`pulseScore${score as 1 | 2 | 3 | 4 | 5}`],
}));

/** The words of the point nearest a mean score: 4.2 → "A lot of value". */
export function scoreWords(mean: number): string {
  const nearest = Math.min(5, Math.max(1, Math.round(mean)));
  return pulseScale[nearest - 1]?.label ?? "";
}

/** The whole scale, for a legend: "1 No value yet · 2 A little value · … · 5 Essential". */
export const pulseScaleLegend = pulseScale.map((p) => `${p.score} ${p.label}`).join(" · ");
