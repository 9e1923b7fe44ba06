import type { WidgetOptions } from "../createWidget.tsx";
import { misuse } from "./misuse.ts";

/** The values of the `theme` option. */
export const themes: readonly unknown[] = ["light", "dark", "auto"];

/** What is wrong with a token given to `init` or `identify`, if anything. */
export function checkToken(token: unknown): string | undefined {
  if (typeof token === "function" || (typeof token === "string" && token !== "")) return;
  return "the token must be a non-empty string (the user's JWT) or a function that returns one";
}

// Every option, so a misspelt one is a warning rather than silently ignored (the type keeps it whole).
const known: Record<keyof WidgetOptions, 1> = {
  apiBase: 1,
  token: 1,
  target: 1,
  theme: 1,
  nonce: 1,
  locale: 1,
  messages: 1,
  open: 1,
  onAction: 1,
  fetch: 1,
  storage: 1,
};

/**
 * What is wrong with the options of `createWidget`/`init`, if anything, in one sentence. Warns
 * about each unknown option. `apiBase` is checked by the core's `createGoalpost`.
 */
export function checkOptions(options: unknown): string | undefined {
  if (typeof options !== "object" || options === null)
    return "init needs an options object: { apiBase, token }";
  for (const key of Object.keys(options))
    if (!Object.hasOwn(known, key)) misuse(`unknown option "${key}" ignored`);
  const { token, target, theme, locale, messages, onAction } = options as Partial<WidgetOptions>;
  if (target !== undefined && typeof target !== "string" && (target as Node).nodeType !== 1)
    return "target must be an element or a CSS selector";
  if (theme !== undefined && !themes.includes(theme))
    return `theme must be "light", "dark" or "auto", not ${JSON.stringify(theme)}`;
  if (locale !== undefined && !isLocale(locale))
    return `locale must be a BCP 47 language tag such as "en-US" or "de", not ${JSON.stringify(locale)}`;
  if (messages !== undefined && (typeof messages !== "object" || messages === null))
    return `messages must be an object of texts, not ${JSON.stringify(messages)}`;
  if (onAction !== undefined && typeof onAction !== "function")
    return "onAction must be a function";
  return checkToken(token);
}

/** Checked at init, because the formatters that would otherwise throw are made on first use. */
function isLocale(locale: unknown): boolean {
  try {
    return typeof locale === "string" && Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false; // a RangeError: not a well-formed tag
  }
}
