/**
 * Where the demo's Goalpost API is: the reference server's URL when the page was served with
 * `--api <url>` (`pnpm demo:server`, which puts it in `<meta name="goalpost-api">`), otherwise
 * the page's own origin, where the mock backend's service worker answers.
 */
export function apiBase(): string {
  return serverApi() ?? location.origin;
}

/** The reference server's URL when the demo runs against it; undefined over the mock. */
export function serverApi(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="goalpost-api"]')?.content;
  return content ? content.replace(/\/+$/, "") : undefined;
}
