/** The `theme` option: always light, always dark, or `auto` to follow the host page. */
export type Theme = "light" | "dark" | "auto";

/** "light" or "dark" when a `color-scheme` value names exactly one of them, else undefined. */
const onlyScheme = (value: string | null | undefined) => {
  const words = (value ?? "").split(/\s+/);
  const light = words.includes("light");
  return light === words.includes("dark") ? undefined : light ? "light" : "dark";
};

/**
 * The scheme the host page declares where the widget sits: the computed `color-scheme` of the
 * host element's parent (so a dark section of a light page counts), else the page's
 * `<meta name="color-scheme">`. Undefined when the page supports both or says nothing.
 */
export function hostScheme(host: Element): "light" | "dark" | undefined {
  const around = host.parentElement ?? document.documentElement;
  return (
    onlyScheme(getComputedStyle(around).colorScheme) ??
    onlyScheme(document.querySelector('meta[name="color-scheme"]')?.getAttribute("content"))
  );
}

/**
 * Sets the host element's `data-goalpost-theme` to "light" or "dark" (the widget's CSS and the
 * host's `--gp-*` overrides key on it). For `auto`: the scheme the host page declares, else the user's
 * `prefers-color-scheme`, kept up to date as either changes. Returns a function that stops
 * watching.
 */
export function followTheme(host: Element, theme: Theme): () => void {
  const media = globalThis.matchMedia?.("(prefers-color-scheme: dark)");
  const update = () => {
    const next =
      theme === "auto" ? (hostScheme(host) ?? (media?.matches ? "dark" : "light")) : theme;
    // Only on change: a host element that is itself observed must not loop.
    if (host.getAttribute("data-goalpost-theme") !== next)
      host.setAttribute("data-goalpost-theme", next);
  };
  update();
  if (theme !== "auto") return () => {};
  media?.addEventListener?.("change", update);
  // Hosts switch schemes by a class or attribute on <html>/<body>, or a stylesheet or meta in <head>.
  const observer = new MutationObserver(update);
  const { documentElement, body, head } = document;
  observer.observe(documentElement, { attributes: true });
  if (body) observer.observe(body, { attributes: true });
  if (head) observer.observe(head, { attributes: true, childList: true, subtree: true });
  return () => {
    media?.removeEventListener?.("change", update);
    observer.disconnect();
  };
}
