import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError } from "@goalpost/backend";
import { limits } from "@goalpost/core";
import { getResponse } from "msw";
import type { MockBackend } from "./createMockBackend.ts";
import { errorResponse } from "./http/errorResponse.ts";

/** Options of {@link serveHttp}. */
export interface ServeHttpOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
}

/** A running HTTP server. */
export interface HttpServerHandle {
  /** Its base URL, e.g. `http://127.0.0.1:4010`, with the real port. */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Allows a page on another origin (the demo) to call the server with a bearer token. */
const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, OPTIONS",
  "access-control-allow-headers": "Authorization, Content-Type",
  "access-control-max-age": "600",
};
/** Headers that describe the connection or the encoding, not the request. */
const hopByHop = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "upgrade",
]);

/**
 * Serves the backend's msw handlers over real HTTP with node:http: each request becomes a
 * fetch `Request`, msw's `getResponse` finds the answer, and it is written back with CORS headers.
 * @example
 * const { url, close } = await serveHttp(createMockBackend(), { port: 4010 });
 */
export async function serveHttp(
  backend: Pick<MockBackend, "handlers">,
  options: ServeHttpOptions,
): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    answer(backend, base, req, res).catch((error: unknown) => {
      console.error("[goalpost-mock] could not answer", error);
      res.destroy();
    });
  });
  let base = "";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answer(
  backend: Pick<MockBackend, "handlers">,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method === "OPTIONS") {
    res.writeHead(204, cors).end();
    return;
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  let response: Response | undefined;
  if (body === "too-large") {
    response = errorResponse(
      new ApiError(413, `the body is larger than ${limits.maxAdminBodyBytes} bytes`),
    );
    res.setHeader("connection", "close");
  } else {
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] ?? "";
      if (!hopByHop.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1] ?? "");
    }
    const url = new URL(req.url ?? "/", base);
    // HEAD is answered as GET without the body, as the reference server does.
    const asMethod = method === "HEAD" ? "GET" : method;
    const request = new Request(url, {
      method: asMethod,
      headers,
      body: body ? new Uint8Array(body) : null,
    });
    response =
      (isPlainPath(url.pathname) ? await respond(backend, request) : undefined) ??
      errorResponse(new ApiError(404, `nothing is served at ${url.pathname}`));
  }
  // The offline scenario answers a network error: drop the connection like a dead network.
  if (response.type === "error") {
    res.destroy();
    return;
  }
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
  res.end(method === "HEAD" ? undefined : payload);
}

/**
 * msw ignores a trailing slash and empty segments; the contract's paths have neither, and the
 * reference server does not serve such paths either. (msw also ignores case; that is left.)
 */
function isPlainPath(pathname: string): boolean {
  return !pathname.endsWith("/") && !pathname.includes("//");
}

/** The handlers' answer; none for a path msw cannot decode (a malformed `%` escape). */
async function respond(
  backend: Pick<MockBackend, "handlers">,
  request: Request,
): Promise<Response | undefined> {
  try {
    return await getResponse(backend.handlers, request);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/**
 * How much of an oversized body is read and dropped before answering 413, so that a client still
 * sending reads the answer rather than a reset connection (as the reference server does).
 */
const drainBytes = 8 * 1024 * 1024;

/** The request body, or "too-large" once it passes the largest limit (the routes apply theirs). */
function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limits.maxAdminBodyBytes) chunks.push(chunk);
      else if (size > drainBytes) resolve("too-large"); // not waited for any longer
    });
    req.on("end", () =>
      resolve(size > limits.maxAdminBodyBytes ? "too-large" : Buffer.concat(chunks)),
    );
    req.on("error", reject);
  });
}
