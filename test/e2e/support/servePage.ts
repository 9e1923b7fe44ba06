import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build, defaultClientConditions } from "vite";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
};

/** Options of {@link servePage}. */
export interface ServePageOptions {
  /**
   * Serve every HTML page under this Content-Security-Policy (a header), with a fresh nonce per
   * response: Vite puts a placeholder nonce on the page's scripts and styles (and in
   * `<meta property="csp-nonce">`, where the page's code reads it), which the server replaces.
   */
  csp?: (nonce: string) => string;
}

/** The widget's BUILT script-tag files, served under {@link widgetPath} as a CDN would. */
const widgetDist = fileURLToPath(new URL("../../../packages/widget/dist/", import.meta.url));

/**
 * Where a served page finds the widget's loader: `${widgetPath}goalpost.js`, with the app file
 * it fetches beside it (goalpost-app.<hash>.js).
 */
export const widgetPath = "/widget/";

/** What Vite writes as the nonce, replaced per response. */
const noncePlaceholder = "GOALPOST_TEST_NONCE";

/**
 * Builds a page folder with Vite (workspace packages from source) next to msw's worker script,
 * and serves it on 127.0.0.1 (a secure context, so the service worker may register).
 */
export async function servePage(
  pageDir: string,
  { csp }: ServePageOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), "goalpost-page-"));
  const publicDir = mkdtempSync(join(tmpdir(), "goalpost-public-"));
  const worker = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  copyFileSync(worker, join(publicDir, "mockServiceWorker.js"));
  mkdirSync(join(publicDir, widgetPath));
  for (const name of readdirSync(widgetDist))
    if (/^goalpost(-app\.[0-9a-f]+)?\.js(\.map)?$/.test(name))
      copyFileSync(join(widgetDist, name), join(publicDir, widgetPath, name));
  await build({
    root: pageDir,
    configFile: false,
    logLevel: "warn",
    publicDir,
    resolve: { conditions: ["@goalpost/source", ...defaultClientConditions] },
    ...(csp ? { html: { cspNonce: noncePlaceholder } } : {}),
    build: { outDir, emptyOutDir: true, target: "es2022", minify: false },
  });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const file = normalize(join(outDir, path === "/" ? "index.html" : path));
    try {
      if (!file.startsWith(outDir)) throw new Error("outside");
      const body = readFileSync(file);
      const type = types[extname(file)] ?? "application/octet-stream";
      if (csp && type.startsWith("text/html")) {
        const nonce = randomBytes(16).toString("base64");
        const html = body.toString("utf8").replaceAll(noncePlaceholder, nonce);
        response.writeHead(200, { "content-type": type, "content-security-policy": csp(nonce) });
        response.end(html);
        return;
      }
      response.writeHead(200, { "content-type": type });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
      rmSync(publicDir, { recursive: true, force: true });
    },
  };
}
