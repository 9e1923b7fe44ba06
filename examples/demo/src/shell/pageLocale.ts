/**
 * The locale Beacon formats numbers and dates in: the page's language (its texts are English,
 * so "42%" rather than the browser's "42 %" next to English words), "en" outside a page.
 */
export const pageLocale: string = globalThis.document?.documentElement.lang || "en";
