import type { Metric } from "../contract/catalog.ts";
import { valueBounds } from "../math/valueBounds.ts";

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
   * An amount of points (percentage points, scale points), `n` written in the locale, with the
   * locale's plural category of `n` as written (`Intl.PluralRules`: "one" for "1", "other" for
   * "1.5" in English; "few", "many"… in other languages).
   * @default (n, _count, plural) => `${n} ${plural === "one" ? "point" : "points"}`
   */
  points(n: string, count: number, plural: Intl.LDMLPluralRule): string;
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
   * `label`; "1 contact", its `labelOne`), "4 of 5" (a point of the metric's own scale).
   * Rounding never makes it read as a value it is not: a value short of a bound of its unit, or
   * of the value it is shown `beside`, gets the digits that tell them apart ("99.96%" beside a
   * target of 100%, never "100%"). Pass each of two values shown together as the other's
   * `beside` (the current value and the target), and they never read the same unless they are.
   */
  value(metric: UnitOf, value: number, beside?: number): string;
  /**
   * How much, unsigned: percent and scale metrics move in points ("26 points", "1 point"),
   * others in their unit ("1.5 hours", "$12,000"). An amount that is not zero is never written
   * as zero ("0.01 points").
   */
  amount(metric: UnitOf, amount: number): string;
  /**
   * A signed amount, "+" or "−" (U+2212) before it: "+26 points", "−1.5 hours". The sign is the
   * number's: pass a value's movement (later minus earlier), or a gain (`gainSinceBaseline`:
   * positive is better, whichever way the metric points).
   */
  change(metric: UnitOf, change: number): string;
  /**
   * Goal progress (`goalProgress`, a fraction) as a whole percentage, rounded down: it never
   * claims more than was made, so "100%" only once the target is reached (0.996 → "99%").
   */
  progress(fraction: number): string;
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
  const rules: Record<string, Intl.PluralRules> = {};
  const number = (n: number, style: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(style); // starts with "{": never a name on Object.prototype
    const format = formats[key] ?? new Intl.NumberFormat(locale, style);
    formats[key] = format;
    return format.format(n);
  };
  // The plural category of `n` as written with up to `digits` fraction digits.
  const plural = (n: number, digits: number) => {
    const made = rules[digits] ?? new Intl.PluralRules(locale, { maximumFractionDigits: digits });
    rules[digits] = made;
    return made.select(n);
  };
  // Plain numbers and points to a hundredth, percentages and durations to a tenth, whole money.
  const plain = (n: number, digits = 2) => number(n, { maximumFractionDigits: digits });
  const percent = (n: number, digits: number) =>
    number(n / 100, { style: "percent", maximumFractionDigits: digits });
  /**
   * The fraction digits to write `n` with: `base`, or more while `n` would read as one of
   * `apart` that it is not, as `write` writes numbers (at most 20, past which a double has
   * nothing more to tell).
   */
  const digitsFor = (
    n: number,
    apart: readonly number[],
    base: number,
    write: (n: number, digits: number) => string = plain,
  ) => {
    let digits = base;
    const same = (a: number) => a !== n && write(a, digits) === write(n, digits);
    while (digits < 20 && apart.some(same)) digits++;
    return digits;
  };
  const unitValue = ({ unit, scale }: UnitOf, n: number, digits: number): string => {
    switch (unit.type) {
      case "percent":
        return percent(n, digits);
      case "currency":
        return number(n, {
          style: "currency",
          currency: unit.currency,
          maximumFractionDigits: digits,
        });
      case "duration":
        return number(n, {
          style: "unit",
          unit: unit.of.slice(0, -1),
          unitDisplay: "long",
          maximumFractionDigits: digits,
        });
      case "scale": {
        const top = scale?.points.at(-1);
        if (!top) return plain(n, digits);
        const label = scale?.points.find((point) => point.value === n)?.label;
        const write = words.scalePoint ?? ((text, _label, of) => `${text} of ${of}`);
        return write(plain(n, digits), label, plain(top.value));
      }
      default: {
        const label = plural(n, digits) === "one" ? (unit.labelOne ?? unit.label) : unit.label;
        return label ? `${plain(n, digits)} ${label}` : plain(n, digits);
      }
    }
  };
  const startDigits = { percent: 1, duration: 1, currency: 0 } as Record<string, number>;
  const value = (metric: UnitOf, n: number, beside?: number): string => {
    const { min, max } = valueBounds(metric);
    const apart = beside === undefined ? [min, max] : [min, max, beside];
    const base = startDigits[metric.unit.type] ?? 2;
    const write = metric.unit.type === "percent" ? percent : plain;
    return unitValue(metric, n, digitsFor(n, apart, base, write));
  };
  const amount = (metric: UnitOf, n: number): string => {
    const { type } = metric.unit;
    if (type !== "percent" && type !== "scale") return value(metric, n);
    const digits = digitsFor(n, [0], 2);
    const write =
      words.points ?? ((text, _count, form) => `${text} ${form === "one" ? "point" : "points"}`);
    return write(plain(n, digits), n, plural(n, digits));
  };
  return {
    value,
    amount,
    change: (metric, n) => (n > 0 ? "+" : n < 0 ? "−" : "") + amount(metric, Math.abs(n)),
    progress(fraction) {
      // Rounded down in whole percent, past the float noise of the division (0.29 is 0.28999…).
      const percent = Math.floor(Math.round(fraction * 1e8) / 1e6);
      return number(percent / 100, { style: "percent", maximumFractionDigits: 0 });
    },
  };
}
