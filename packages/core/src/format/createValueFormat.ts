import type { Metric } from "../contract/catalog.ts";

/** The metric fields that say how its values read. */
type UnitOf = Pick<Metric, "unit" | "scale">;

/** The words around the numbers, which a translation replaces; the numbers are `Intl`'s. */
export interface ValueWords {
  /**
   * A point of the metric's scale, from its number, its label (none when the value is not a
   * point, e.g. a mean) and the scale's top point, both numbers written in the locale.
   * @default (n, label, top) => `${n} of ${top}` // "4 of 5"
   */
  scalePoint(n: string, label: string | undefined, top: string): string;
  /**
   * An amount of points (percentage points, scale points), `n` written in the locale.
   * @default (n, count) => `${n} ${count === 1 ? "point" : "points"}`
   */
  points(n: string, count: number): string;
}

/** How to write metric values. */
export interface ValueFormatOptions {
  /** A BCP 47 locale ("de-DE", "ar-EG"). @default the runtime's locale */
  locale?: string | undefined;
  /** Words for a translation, each in place of its English default. */
  words?: Partial<ValueWords> | undefined;
}

/** How a metric's values read: its values, amounts and changes, in one locale and language. */
export interface ValueFormat {
  /**
   * A value in the metric's unit: "42%", "$48,250", "5.5 hours", "28 contacts" (the unit's
   * `label`), "4 of 5" (a point of the metric's own scale).
   */
  value(metric: UnitOf, value: number): string;
  /**
   * How much, unsigned: percent and scale metrics move in points ("26 points", "1 point"),
   * others in their unit ("1.5 hours", "$12,000").
   */
  amount(metric: UnitOf, amount: number): string;
  /**
   * A signed amount, "+" or "−" (U+2212) before it: "+26 points", "−1.5 hours". The sign is the
   * number's: pass a value's movement (later minus earlier), or a gain (`gainSinceBaseline`:
   * positive is better, whichever way the metric points).
   */
  change(metric: UnitOf, change: number): string;
}

/**
 * Writes metric values as a person reads them, through `Intl` in `locale`, with the words of a
 * translation around the numbers. Its `Intl` formatters are made on first use and kept: making
 * one loads the locale's data, which costs tens of milliseconds the first time.
 * @example createValueFormat({ locale: "de-DE" }).value(metric, 9.5) // "9,5 Stunden" (hours)
 */
export function createValueFormat(options: ValueFormatOptions = {}): ValueFormat {
  const { locale, words = {} } = options;
  const formats: Record<string, Intl.NumberFormat> = {};
  const number = (n: number, style: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(style); // starts with "{": never a name on Object.prototype
    const format = formats[key] ?? new Intl.NumberFormat(locale, style);
    formats[key] = format;
    return format.format(n);
  };
  // Plain numbers and points to a hundredth, percentages and durations to a tenth, whole money.
  const plain = (n: number) => number(n, { maximumFractionDigits: 2 });
  const value = ({ unit, scale }: UnitOf, n: number): string => {
    switch (unit.type) {
      case "percent":
        return number(n / 100, { style: "percent", maximumFractionDigits: 1 });
      case "currency":
        return number(n, { style: "currency", currency: unit.currency, maximumFractionDigits: 0 });
      case "duration":
        return number(n, {
          style: "unit",
          unit: unit.of.slice(0, -1),
          unitDisplay: "long",
          maximumFractionDigits: 1,
        });
      case "scale": {
        const top = scale?.points.at(-1);
        if (!top) return plain(n);
        const label = scale?.points.find((point) => point.value === n)?.label;
        const write = words.scalePoint ?? ((text, _label, of) => `${text} of ${of}`);
        return write(plain(n), label, plain(top.value));
      }
      default:
        return unit.label ? `${plain(n)} ${unit.label}` : plain(n);
    }
  };
  const amount = (metric: UnitOf, n: number): string => {
    const { type } = metric.unit;
    if (type !== "percent" && type !== "scale") return value(metric, n);
    const write = words.points ?? ((text, count) => `${text} ${count === 1 ? "point" : "points"}`);
    return write(plain(n), n);
  };
  return {
    value,
    amount,
    change: (metric, n) => (n > 0 ? "+" : n < 0 ? "−" : "") + amount(metric, Math.abs(n)),
  };
}
