import type { Metric } from "@goalpost/core";
import { createNumberInput } from "./numberInput.ts";

/**
 * Numbers, money, durations and dates in the user's locale, through Intl. Formatters are made
 * once per locale, not per render, and only when first used: making one loads the locale's data,
 * which costs tens of milliseconds the first time, so none is made while the widget starts.
 */
export function createFormat(locale?: string) {
  const cache = new Map<string, Intl.NumberFormat>();
  const number = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    const format = cache.get(key) ?? new Intl.NumberFormat(locale, options);
    cache.set(key, format);
    return format;
  };
  let date: Intl.DateTimeFormat | undefined;
  let relative: Intl.RelativeTimeFormat | undefined;
  const input = createNumberInput(locale);

  return {
    /** What a user typed in a number field, read in their locale; NaN when it is not a number. */
    parseNumber: input.parse,
    /** A value written for a number field in the locale: 7.5 → "7,5" in German. */
    inputNumber: input.text,
    /** A metric value with its unit: "42 %", "$48,250", "5.5 hours", "3 – Confident". */
    value(metric: Pick<Metric, "unit" | "scale">, value: number): string {
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
        case "scale": {
          const label = metric.scale?.points.find((p) => p.value === value)?.label;
          return label ? `${value} – ${label}` : number({}).format(value);
        }
        default: {
          const text = number({ maximumFractionDigits: 2 }).format(value);
          return unit.label ? `${text} ${unit.label}` : text;
        }
      }
    },
    /** A signed change, e.g. "+12 %", "−1.5 hours", "+1" (scale points carry no label). */
    change(metric: Pick<Metric, "unit" | "scale">, value: number): string {
      const magnitude = Math.abs(value);
      const text =
        metric.unit.type === "scale" ? number({}).format(magnitude) : this.value(metric, magnitude);
      return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
    },
    /** A fraction as a percentage: 0.25 → "25 %". */
    percent(fraction: number): string {
      return number({ style: "percent", maximumFractionDigits: 0 }).format(fraction);
    },
    date(iso: string): string {
      date ??= new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
      return date.format(new Date(iso));
    },
    /** "in 12 days", "tomorrow", "3 days ago". */
    fromNow(iso: string, now = Date.now()): string {
      const days = Math.round((Date.parse(iso) - now) / 86_400_000);
      relative ??= new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
      return relative.format(days, "day");
    },
  };
}

export type Format = ReturnType<typeof createFormat>;
