import { byId } from "./h.ts";

/** Where the chosen scheme is kept (public/scheme.js reads it before the first paint). */
export const schemeStorageKey = "beacon-demo:scheme";

/**
 * Wires the header's "Dark mode" switch (a toggle button): it sets Beacon's scheme on `<html>`
 * and in `<meta name="color-scheme">`, which the Goalpost widget, on its default theme `auto`,
 * follows at once, and keeps the choice for the next page.
 */
export function mountSchemeSwitch(): void {
  const button = byId<HTMLButtonElement>("scheme-switch");
  const show = (dark: boolean) => {
    const scheme = dark ? "dark" : "light";
    document.documentElement.dataset.scheme = scheme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", scheme);
    button.setAttribute("aria-pressed", String(dark));
  };
  show(document.documentElement.dataset.scheme === "dark");
  button.addEventListener("click", () => {
    const dark = button.getAttribute("aria-pressed") !== "true";
    show(dark);
    try {
      localStorage.setItem(schemeStorageKey, dark ? "dark" : "light");
    } catch {
      // Storage blocked: the switch still works on this page.
    }
  });
}
