import type { Metric } from "@goalpost/core";
import { pageLocale } from "../shell/pageLocale.ts";

const numbers = new Map<string, Intl.NumberFormat>();
const number = (options: Intl.NumberFormatOptions) => {
  const key = JSON.stringify(options);
  const format = numbers.get(key) ?? new Intl.NumberFormat(pageLocale, options);
  numbers.set(key, format);
  return format;
};

/** A rate 0–1 as a whole percentage: 0.583 → "58%". */
export function formatRate(fraction: number): string {
  return number({ style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/** A metric's value with its unit: "42%", "$48,250", "5.5 hours", "3 of 5", "28 contacts". */
export function formatValue(metric: Pick<Metric, "unit">, value: number): string {
  const { unit } = metric;
  switch (unit.type) {
    case "percent":
      return number({ style: "percent", maximumFractionDigits: 1 }).format(value / 100);
    case "currency":
      return number({
        style: "currency",
        currency: unit.currency,
        maximumFractionDigits: 0,
      }).format(value);
    case "duration":
      return number({
        style: "unit",
        unit: unit.of.replace(/s$/, ""),
        unitDisplay: "long",
        maximumFractionDigits: 1,
      }).format(value);
    case "scale":
      return `${number({ maximumFractionDigits: 1 }).format(value)} of 5`;
    default: {
      const text = number({ maximumFractionDigits: 1 }).format(value);
      return unit.label ? `${text} ${unit.label}` : text;
    }
  }
}

/**
 * A signed change in the good direction: "+6 pts", "−1.5 hours", "+$12,000". Percent metrics
 * change by percentage points ("pts"), scale metrics by points of their scale.
 */
export function formatChange(metric: Pick<Metric, "unit">, change: number): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "";
  const size = Math.abs(change);
  const text =
    metric.unit.type === "percent"
      ? `${number({ maximumFractionDigits: 1 }).format(size)} pts`
      : metric.unit.type === "scale"
        ? `${number({ maximumFractionDigits: 1 }).format(size)} points`
        : formatValue(metric, size);
  return `${sign}${text}`;
}

/** A relative change: 0.125 → "+12.5%"; null (a zero baseline) → "–". */
export function formatRelative(relative: number | null): string {
  if (relative === null) return "–";
  return number({ style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(
    relative,
  );
}

/** A mean pulse score: "4.2". */
export function formatScore(score: number): string {
  return number({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A date: "Mar 2, 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(pageLocale, { dateStyle: "medium" }).format(new Date(iso));
}
