import { en, type MessageKey, type Messages } from "./messages.ts";

/** `t(key, values)`: the host's text for `key` (English by default) with `{name}` filled in. */
export function createTranslator(overrides: Partial<Messages> = {}) {
  const messages: Messages = { ...en, ...overrides };
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
}

export type Translate = ReturnType<typeof createTranslator>;
