// `@goalpost/console/serve`: the console's built page (dist/app) as web responses, for servers
// that serve it at /console/ (goalpost-server, goalpost-mock). Node only.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

let appDir: string | undefined;

/**
 * The built page, `dist/app`: beside this file once built (`dist/serve.js`), or the package's
 * build when this runs from its source (tests, the workspace). Found on the first request, so
 * importing this module does nothing (under a DOM test environment `import.meta.url` is not a
 * file URL; `import.meta.dirname` is the module's folder everywhere in Node).
 */
function builtPage(): string {
  if (appDir === undefined) {
    const here = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));
    const found = [join(here, "app"), join(here, "../dist/app")].find((dir) =>
      existsSync(join(dir, "index.html")),
    );
    appDir = `${found ?? join(here, "app")}${sep}`;
  }
  return appDir;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

/**
 * What the page may do: scripts and its own files from the server, calls to the API there, no
 * frames, forms or plugins. The console's styles are constructed stylesheets, which CSP allows.
 */
export const consolePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The answer for a request under `prefix` (default `/console`): `/console` redirects to
 * `/console/` (the link's fragment survives a redirect), `/console/` is the page, and files of
 * the build are served as they are. Undefined for any other path, or a file the build lacks, so
 * the caller answers its own 404. The page is sent with a strict CSP and no referrer.
 */
export async function consoleResponse(
  request: Request,
  prefix = "/console",
): Promise<Response | undefined> {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const { pathname } = new URL(request.url);
  if (pathname === prefix) {
    return new Response(null, { status: 308, headers: { location: `${prefix}/` } });
  }
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length + 1)) || "index.html";
  } catch {
    return undefined; // a malformed escape names no file
  }
  const root = builtPage();
  const file = normalize(join(root, rest));
  if (!file.startsWith(root) || file.includes(`${sep}..${sep}`)) return undefined;
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    if (rest === "index.html") {
      return new Response("the console is not built: run pnpm build", { status: 503 });
    }
    return undefined;
  }
  const headers = new Headers({
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  if (extname(file) === ".html") headers.set("content-security-policy", consolePolicy);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body), { headers });
}
