import type { PerceivedValue } from "@goalpost/core/admin";
import { h } from "../shell/h.ts";
import { barChart } from "./barChart.ts";
import { formatScore } from "./format.ts";
import { pulseScaleLegend } from "./pulseScale.ts";
import { touchpointName } from "./touchpoints.ts";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Perceived value by touchpoint: the mean value-pulse score (1–5) as a chart, each bar labelled
 * with its score and how many pulses it averages, and below it the scale in the words the widget
 * asks it with. `title` names the chart for screen readers.
 */
export function renderPerceivedValue(
  values: readonly PerceivedValue[],
  title: string,
): HTMLElement {
  const answered = values.filter((value) => value.responses > 0);
  if (answered.length === 0)
    return h("p", { class: "muted" }, "No value pulses were answered in this period.");
  const chart = barChart({
    title,
    min: 0,
    max: 5,
    bars: answered.map((value) => ({
      label: touchpointName(value.touchpoint),
      value: value.avgScore,
      text: `${formatScore(value.avgScore)} · ${plural(value.responses, "pulse", "pulses")}`,
    })),
  });
  return h("div", {}, chart, h("p", { class: "muted" }, `Scale: ${pulseScaleLegend}`));
}
