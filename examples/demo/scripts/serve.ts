// Serves the built demo (dist/) on http://localhost:5173, or the next free port, under a strict
// Content-Security-Policy: scripts only from the site and the snippet carrying this response's
// nonce, styles only from the site (the widget uses constructed stylesheets), no inline styles.
// With --api <url>, the pages talk to a Goalpost server there instead of the in-browser mock.
//   pnpm --filter @goalpost/example-demo serve [-- --port <n>] [--api http://127.0.0.1:8787]
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../dist/", import.meta.url));
const portFlag = process.argv.indexOf("--port");
const firstPort = portFlag === -1 ? 5173 : Number(process.argv[portFlag + 1]);
const apiFlag = process.argv.indexOf("--api");
const api = apiFlag === -1 ? undefined : apiOrigin(process.argv[apiFlag + 1]);
if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort > 65535 || api === null) {
  console.error("usage: serve.ts [--port <1-65535>] [--api <http(s) origin of a Goalpost server>]");
  process.exit(2);
}

/** The origin of a Goalpost server's URL, or null when it is not an http(s) URL. */
function apiOrigin(text: string | undefined): string | null {
  try {
    const url = new URL(text ?? "");
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
const portsToTry = 20;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json",
  ".json": "application/json",
};

const policy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${api ? ` ${api}` : ""}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/**
 * With --api, the scorecard's admin calls go through this server, as a vendor's backend would
 * make them: the Goalpost server answers no CORS on admin endpoints, so a page cannot call them.
 */
async function forwardAdmin(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const upstream = await fetch(`${api}${request.url ?? "/"}`, {
    headers: {
      accept: "application/json",
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    },
  });
  response.writeHead(upstream.status, {
    "content-type": upstream.headers.get("content-type") ?? "application/json",
    "cache-control": "no-store",
  });
  response.end(Buffer.from(await upstream.arrayBuffer()));
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  if (api && request.method === "GET" && request.url?.startsWith("/v1/admin/")) {
    forwardAdmin(request, response).catch(() => {
      response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      response.end("The Goalpost server did not answer");
    });
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    path = "/"; // a malformed escape: the index is as good an answer as any
  }
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (!file.startsWith(root) || !existsSync(file) || file.endsWith(sep)) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("Not found");
    return;
  }
  const type = types[extname(file)] ?? "application/octet-stream";
  if (type.startsWith("text/html")) {
    const nonce = randomBytes(16).toString("base64");
    let html = readFileSync(file, "utf8").replaceAll("BEACON_CSP_NONCE", nonce);
    // Tells the pages where the Goalpost API is (src/shell/serverApi.ts), ahead of the snippet.
    if (api)
      html = html.replace("<head>", `<head>\n    <meta name="goalpost-api" content="${api}" />`);
    response.writeHead(200, {
      "content-type": type,
      "content-security-policy": policy(nonce),
      "cache-control": "no-store",
    });
    response.end(html);
    return;
  }
  // Hashed assets (and the widget's app file) may be kept; the unhashed ones (goalpost.js, the
  // worker) are checked each time.
  const hashed = path.startsWith("/assets/") || /^\/goalpost-app\.[0-9a-f]+\.js$/.test(path);
  response.writeHead(200, {
    "content-type": type,
    "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
  });
  response.end(readFileSync(file));
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

const inUse = (error: unknown) => (error as NodeJS.ErrnoException).code === "EADDRINUSE";

/**
 * Listens on loopback at the first port free on both 127.0.0.1 and ::1 ("localhost" may resolve
 * to either; a machine without IPv6 gets IPv4 only).
 */
async function start(): Promise<number> {
  for (let port = firstPort; port < firstPort + portsToTry; port++) {
    const v4 = createServer(handle);
    try {
      await listen(v4, port, "127.0.0.1");
    } catch (error) {
      if (inUse(error)) continue;
      throw error;
    }
    try {
      await listen(createServer(handle), port, "::1");
    } catch (error) {
      if (inUse(error)) {
        v4.close();
        continue;
      }
    }
    return port;
  }
  throw new Error(`ports ${firstPort}–${firstPort + portsToTry - 1} are all in use`);
}

if (!existsSync(join(root, "index.html"))) {
  console.error("The demo is not built: run `pnpm demo` (or `pnpm build`) at the repository root.");
  process.exit(1);
}
const port = await start();
console.log(`\n  Beacon demo: http://localhost:${port}/\n`);
console.log(
  api
    ? `  (the Goalpost widget over the Goalpost server at ${api}; Ctrl+C to stop)\n`
    : "  (the Goalpost widget over a mock API in your browser; Ctrl+C to stop)\n",
);
