/**
 * The reference server's URL when the page was served with `--api <url>` (`pnpm demo:server`,
 * which puts it in `<meta name="goalpost-api">`); undefined over the mock in the page.
 */
export function serverApi(): string | undefined {
  const content = document.querySelector<HTMLMetaElement>('meta[name="goalpost-api"]')?.content;
  return content ? content.replace(/\/+$/, "") : undefined;
}
