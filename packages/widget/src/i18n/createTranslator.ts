import { en, type MessageKey, type Messages, type PluralBase } from "./messages.ts";

const forms = {
  zero: "Zero",
  one: "One",
  two: "Two",
  few: "Few",
  many: "Many",
  other: "Other",
} as const;

/**
 * `t(key, values)`: the host's text for `key` (English by default) with `{name}` filled in.
 * Numbers among the values are written in `locale` ("1,500"; "١٬٥٠٠" in Arabic), with a
 * formatter made on first use. `t.plural(base, count)` picks the form of a counted text by the
 * locale's plural rules (`Intl.PluralRules`): `entriesOne` for 1 in English, `entriesFew` for 3
 * in Polish when the host gives one, `entriesOther` otherwise.
 */
export function createTranslator(overrides: Partial<Messages> = {}, locale?: string) {
  const messages: Messages = { ...en, ...overrides };
  let numbers: Intl.NumberFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  const text = (value: string | number) => {
    if (typeof value === "string") return value;
    numbers ??= new Intl.NumberFormat(locale);
    return numbers.format(value);
  };
  const fill = (message: string, values: Record<string, string | number>) =>
    message.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : text(value);
    });
  const t = (key: MessageKey, values: Record<string, string | number> = {}): string =>
    fill(messages[key], values);
  /** The form of a counted text for a plural category; `…Other` when there is none for it. */
  const form = (
    base: PluralBase,
    category: Intl.LDMLPluralRule,
    values: Record<string, string | number> = {},
  ): string =>
    fill(messages[`${base}${forms[category]}`] ?? messages[`${base}Other`] ?? "", values);
  /** A counted text for `count` (also its `{count}`), in the form the locale's rules ask for. */
  const plural = (
    base: PluralBase,
    count: number,
    values: Record<string, string | number> = {},
  ) => {
    rules ??= new Intl.PluralRules(locale);
    return form(base, rules.select(count), { count, ...values });
  };
  return Object.assign(t, { form, plural });
}

export type Translate = ReturnType<typeof createTranslator>;
