import { createValueFormat, type Metric } from "@goalpost/core";
import type { Translate } from "./createTranslator.ts";
import { createNumberInput } from "./numberInput.ts";

/**
 * Numbers, money, durations and dates in the user's locale, through Intl: metric values by the
 * core's `createValueFormat`, with the widget's words (`t`). Formatters are made once per
 * locale, not per render, and only when first used: making one loads the locale's data, which
 * costs tens of milliseconds the first time, so none is made while the widget starts.
 */
export function createFormat(locale: string | undefined, t: Translate) {
  let percent: Intl.NumberFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;
  let day: Intl.DateTimeFormat | undefined;
  const ticks: Record<string, Intl.NumberFormat> = {};
  let relative: Intl.RelativeTimeFormat | undefined;
  const input = createNumberInput(locale);
  const symbols = new Map<string, string>();

  const values = createValueFormat({
    locale,
    words: {
      points: (n, _count, plural) => t.form("point", plural, { n }),
      // The point and its label from the catalog: "3 – Confident"; a mean has no label.
      scalePoint: (n, label) => (label ? `${n} – ${label}` : n),
    },
  });

  return {
    ...values,
    /** What a user typed in a number field, read in their locale; NaN when it is not a number. */
    parseNumber: input.parse,
    /** A value written for a number field in the locale: 7.5 → "7,5" in German. */
    inputNumber: input.text,
    /** A currency's symbol as amounts are written in the locale: "USD" → "$" (en-US). */
    currencySymbol(code: string): string {
      let symbol = symbols.get(code);
      if (symbol === undefined) {
        const parts = new Intl.NumberFormat(locale, { style: "currency", currency: code });
        symbol = parts.formatToParts(0).find((part) => part.type === "currency")?.value ?? code;
        symbols.set(code, symbol);
      }
      return symbol;
    },
    /** A fraction as a percentage: 0.25 → "25 %" (goal progress is `progress`, rounded down). */
    percent(fraction: number): string {
      percent ??= new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
      return percent.format(fraction);
    },
    date(iso: string): string {
      date ??= new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
      return date.format(new Date(iso));
    },
    /** A day without its year, for a chart's time axis: "Dec 2". */
    day(iso: string): string {
      day ??= new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
      return day.format(new Date(iso));
    },
    /**
     * A round value on a chart's value axis, short: "40%", "$50K", "1.5K"; the unit's name is
     * in the chart's text, not beside every tick.
     */
    tick(metric: Pick<Metric, "unit">, n: number): string {
      const { unit } = metric;
      const type = unit.type === "currency" ? unit.currency : unit.type;
      ticks[type] ??= new Intl.NumberFormat(locale, {
        notation: "compact",
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
        ...(unit.type === "percent" ? { style: "percent" } : {}),
        ...(unit.type === "currency" ? { style: "currency", currency: unit.currency } : {}),
      });
      return (ticks[type] as Intl.NumberFormat).format(unit.type === "percent" ? n / 100 : n);
    },
    /**
     * "in 12 days", "tomorrow", "3 days ago": calendar days in local time, so an entry made at
     * 23:00 reads "yesterday" the next morning, not "today".
     */
    fromNow(iso: string, now: number): string {
      const days = localDay(Date.parse(iso)) - localDay(now);
      relative ??= new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
      return relative.format(days, "day");
    },
  };
}

export type Format = ReturnType<typeof createFormat>;

/** The local calendar day of `ms`, counted from the epoch. */
const localDay = (ms: number) =>
  Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / 86_400_000);
