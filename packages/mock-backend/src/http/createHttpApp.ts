import { ApiError, isClientAbort, readBodyBytes } from "@goalpost/backend";
import { consoleResponse } from "@goalpost/console/serve";
import { limits, userEndpoints } from "@goalpost/core/contract";
import type { HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { getResponse } from "msw";
import type { MockBackend } from "../createMockBackend.ts";
import { errorResponse } from "./errorResponse.ts";

/** The status of a request its client abandoned, as the reference server logs it. */
const clientClosedRequest = 499;

/** Headers that describe the connection or the encoding, not the request. */
const hopByHop = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "upgrade",
]);

/**
 * A Hono app that answers with the backend's msw handlers, for `@hono/node-server`. The user
 * endpoints answer CORS for any origin (preflights included); admin calls are server-to-server
 * and get none. A body is read up to the largest limit first (413 past it; the routes apply
 * theirs), HEAD is answered as GET without the body, and a path msw would bend (a trailing slash,
 * an empty segment, a malformed `%` escape) answers 404, as the reference server does.
 */
export function createHttpApp(backend: Pick<MockBackend, "handlers">): Hono<{
  Bindings: HttpBindings;
}> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const anyOrigin = cors({
    origin: "*",
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type"],
    maxAge: 600,
  });
  for (const path of new Set(Object.values(userEndpoints).map((e) => e.path))) {
    app.use(path, anyOrigin);
  }
  // The console's page, as goalpost-server serves it; its reads go to the handlers.
  app.on(["GET", "HEAD"], ["/console", "/console/*"], async (c) => {
    return (await consoleResponse(c.req.raw)) ?? nothingAt(new URL(c.req.url));
  });
  app.all("*", async (c) => {
    const url = new URL(c.req.url);
    if (!isPlainPath(url.pathname)) return nothingAt(url);
    const method = c.req.raw.method;
    let body: Uint8Array | null = null;
    if (method !== "GET" && method !== "HEAD") {
      try {
        body = await readBodyBytes(c.req.raw, limits.maxAdminBodyBytes);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const refusal = errorResponse(error);
        // The unread rest of the body must not be drained into a kept-alive connection.
        refusal.headers.set("connection", "close");
        return refusal;
      }
    }
    const headers = new Headers();
    for (const [name, value] of c.req.raw.headers) {
      if (!hopByHop.has(name)) headers.append(name, value);
    }
    const request = new Request(url, {
      method: method === "HEAD" ? "GET" : method,
      headers,
      body: body as BodyInit | null,
    });
    const response = (await respond(backend, request)) ?? nothingAt(url);
    // The offline scenario answers a network error: drop the connection like a dead network.
    if (response.type === "error") {
      c.env.incoming.socket.destroy();
      return RESPONSE_ALREADY_SENT;
    }
    return response;
  });
  app.onError((error, c) => {
    // A client that left mid-upload is not the mock's failure; nobody receives the answer.
    if (isClientAbort(error, c.req.raw)) return new Response(null, { status: clientClosedRequest });
    console.error("[goalpost-mock] could not answer", error);
    return errorResponse(new ApiError(500, "the mock backend failed unexpectedly"));
  });
  return app;
}

function nothingAt(url: URL): Response {
  return errorResponse(new ApiError(404, `nothing is served at ${url.pathname}`));
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
