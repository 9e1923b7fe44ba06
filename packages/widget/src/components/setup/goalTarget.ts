import { checkTarget, checkValue, improvement, type Metric } from "@goalpost/core";
import type { Format } from "../../i18n/createFormat.ts";
import type { Translate } from "../../i18n/createTranslator.ts";

/**
 * What is wrong with a typed target for a goal starting at `start`: nothing typed, the core's
 * rule on the value itself, or its side of the start ("Aim above your current 10 meetings").
 */
export function targetProblem(
  t: Translate,
  format: Format,
  metric: Metric,
  start: number,
  text: string,
): string | undefined {
  if (text.trim() === "") return t(metric.scale ? "setupChoose" : "setupEnter");
  const target = format.parseNumber(text);
  if (!checkTarget(metric, start, target)) return undefined;
  return (
    checkValue(metric, target) ??
    t(metric.direction === "increase" ? "goalAbove" : "goalBelow", {
      current: format.value(metric, start),
    })
  );
}

/**
 * How much better a fitting target is than the start, beside the suggestion when it was
 * changed: "20% better than your current 10 hours — a reachable step for teams at your level."
 */
export function gainText(
  t: Translate,
  format: Format,
  metric: Metric,
  start: number,
  target: number,
  suggested: number,
): string {
  const gain = improvement(start, target, metric.direction);
  return t(target === suggested ? "goalGain" : "goalGainEdited", {
    // Percent and scale metrics move in points; other units by a share of where they are.
    gain:
      metric.unit.type === "percent" || metric.unit.type === "scale" || !start
        ? format.amount(metric, gain)
        : format.percent(gain / Math.abs(start)),
    current: format.value(metric, start),
    suggested: format.value(metric, suggested),
  });
}
