import { createValueFormat } from "@goalpost/core";
import { pageLocale } from "../shell/pageLocale.ts";

/**
 * Metric values, amounts and changes in the page's locale, by the core's formatter: "42%",
 * "5.5 hours", "3 of 5"; a gain "+6 points", "+$12,000".
 */
export const metricFormat = createValueFormat({ locale: pageLocale });

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
