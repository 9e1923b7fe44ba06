import type { WidgetOptions } from "../createWidget.tsx";

/** The values of the `theme` option. */
export const themes: readonly unknown[] = ["light", "dark", "auto"];

/** What is wrong with a token given to `init` or `identify`, if anything. */
export function checkToken(token: unknown): string | undefined {
  if (typeof token === "function" || (typeof token === "string" && token !== "")) return;
  return "the token must be a non-empty string (the user's JWT) or a function that returns one";
}

/** What is wrong with the options of `createWidget`/`init`, if anything, in one sentence. */
export function checkOptions(options: unknown): string | undefined {
  if (typeof options !== "object" || options === null)
    return "init needs an options object: { apiBase, token }";
  const { apiBase, token, target, theme, locale, onAction } = options as Partial<WidgetOptions>;
  if (typeof apiBase !== "string" || apiBase === "")
    return 'apiBase must be the URL of the Goalpost API, e.g. "https://api.example.com/goalpost"';
  if (target !== undefined && typeof target !== "string" && (target as Node).nodeType !== 1)
    return "target must be an element or a CSS selector";
  if (theme !== undefined && !themes.includes(theme))
    return `theme must be "light", "dark" or "auto", not ${JSON.stringify(theme)}`;
  if (locale !== undefined && !isLocale(locale))
    return `locale must be a BCP 47 language tag such as "en-US" or "de", not ${JSON.stringify(locale)}`;
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
