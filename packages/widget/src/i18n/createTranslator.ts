import { en, type MessageKey, type Messages } from "./messages.ts";

/**
 * `t(key, values)`: the host's text for `key` (English by default) with `{name}` filled in.
 * Numbers among the values are written in `locale` ("1,500"; "١٬٥٠٠" in Arabic), with a
 * formatter made on first use.
 */
export function createTranslator(overrides: Partial<Messages> = {}, locale?: string) {
  const messages: Messages = { ...en, ...overrides };
  let numbers: Intl.NumberFormat | undefined;
  const text = (value: string | number) => {
    if (typeof value === "string") return value;
    numbers ??= new Intl.NumberFormat(locale);
    return numbers.format(value);
  };
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      return value === undefined ? match : text(value);
    });
}

export type Translate = ReturnType<typeof createTranslator>;
