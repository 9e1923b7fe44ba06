/** How a locale writes numbers: its digits (0–9 in order), decimal and group separators. */
interface Symbols {
  digits: Map<string, string>;
  decimal: string;
  group: string;
}

function symbolsOf(locale?: string): Symbols {
  const format = new Intl.NumberFormat(locale);
  const parts = format.formatToParts(12345.6);
  const digits = new Map<string, string>();
  for (let d = 0; d <= 9; d++) digits.set(format.format(d), String(d));
  return {
    digits,
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/**
 * Grouped digits: one to three, then groups of two or three ending with three ("1.500",
 * "12,345,678", and India's "1,23,45,678").
 */
function grouped(text: string, group: string): boolean {
  const g = group.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\d{1,3}(${g}\\d{2,3})*${g}\\d{3}$`).test(text);
}

/**
 * Reads numbers as a user of `locale` types them, and writes them for an input field.
 * `parse` takes the locale's digits and separators ("1.500,5" in German), and the one reading
 * that cannot be mistaken when the user types the other convention ("4.5" in German is 4.5,
 * "1.500" is 1,500): whatever could mean two things, or is not a plain number ("1e3", "0x10",
 * "12 %"), is NaN, so the form says so rather than saving something else.
 */
export function createNumberInput(locale?: string) {
  let symbols: Symbols | undefined;
  let writer: Intl.NumberFormat | undefined;
  return {
    parse(text: string): number {
      symbols ??= symbolsOf(locale);
      const { digits, decimal, group } = symbols;
      let plain = "";
      for (const char of text.trim()) {
        // Spaces of every kind (French groups with a narrow no-break space) and direction marks.
        if (/[\s\u200e\u200f\u061c]/u.test(char)) continue;
        plain += digits.get(char) ?? (char === "−" ? "-" : char);
      }
      const sign = plain.startsWith("-") ? -1 : 1;
      const body = plain.replace(/^[-+]/, "");
      if (!/^\d/.test(body)) return Number.NaN;
      const [whole = "", fraction, ...more] = body.split(decimal);
      if (more.length || (fraction !== undefined && !/^\d+$/.test(fraction))) return Number.NaN;
      let integer = whole;
      if (!/^\d+$/.test(whole)) {
        const separators = whole.replace(/\d/g, "");
        if (fraction === undefined && separators.length === 1 && /^[.,]$/.test(separators)) {
          // One "." or ",", not the locale's decimal: grouping when it groups ("1.500" in
          // German), else the decimal point of the other convention ("4.5").
          if (separators === group && grouped(whole, group)) integer = whole.replace(group, "");
          else return sign * Number(whole.replace(separators, "."));
        } else if (group.trim() && grouped(whole, group)) {
          integer = whole.split(group).join("");
        } else return Number.NaN;
      }
      return sign * Number(fraction === undefined ? integer : `${integer}.${fraction}`);
    },
    /** A value as the locale writes it in a field, without grouping: 7.5 → "7,5" in German. */
    text(value: number): string {
      writer ??= new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
      return writer.format(value);
    },
  };
}
