import { ApiError, authenticateAdmin } from "@goalpost/backend";
import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { authenticateUser, type Principal } from "../auth/authenticate.ts";
import type { BackendContext } from "../BackendContext.ts";
import type { MockDb } from "../store/MockDb.ts";
import { errorResponse } from "./errorResponse.ts";

/** What a route's resolver gets. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The time of this request (fixed for its whole handling). */
  now: Date;
  db: MockDb;
  backend: BackendContext;
}

/** What a user route's resolver gets: also the signed-in user and their role. */
export type UserRouteContext = RouteContext & Principal;

/** A success: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

type Method = "get" | "post" | "put" | "patch" | "all";
type Resolve<C> = (context: C) => Reply | Promise<Reply>;
type Auth = "user" | "admin" | "none";

/**
 * Route builders bound to a backend. Every route answers the contract's error body on failure,
 * rolls the database back when a write fails half-way, and turns an unexpected exception into a
 * 500 (never an unhandled rejection). Contract routes also play the scenario (latency, failures,
 * offline); control routes (`/__mock/*`) do not, so a test can always switch it off.
 */
export function createRoutes(backend: BackendContext) {
  const handler = <C>(
    method: Method,
    path: string,
    auth: Auth,
    scenario: boolean,
    resolve: Resolve<C>,
  ): HttpHandler =>
    http[method](`${backend.baseUrl}${path}`, async ({ request, params }) => {
      if (scenario) {
        const staged = await playScenario(backend);
        if (staged) return staged;
      }
      const run = () =>
        handle(backend, request, params, method, auth, resolve as Resolve<RouteContext>);
      // Writes run one at a time, so rolling back a failed one cannot undo another.
      return method === "get" ? run() : backend.serialize(run);
    });

  return {
    /** A contract route for signed-in users. */
    user: (method: Method, path: string, resolve: Resolve<UserRouteContext>) =>
      handler(method, path, "user", true, resolve),
    /** A contract route that takes the admin key. */
    admin: (method: Method, path: string, resolve: Resolve<RouteContext>) =>
      handler(method, path, "admin", true, resolve),
    /** A scenario/reset control route: admin key, no scenario. */
    control: (method: Method, path: string, resolve: Resolve<RouteContext>) =>
      handler(method, path, "admin", false, resolve),
    /** A route without authentication (the 404 fallback). */
    open: (method: Method, path: string, resolve: Resolve<RouteContext>) =>
      handler(method, path, "none", true, resolve),
  };
}

async function handle(
  backend: BackendContext,
  request: Request,
  rawParams: Record<string, string | readonly string[] | undefined>,
  method: Method,
  auth: Auth,
  resolve: Resolve<RouteContext>,
): Promise<Response> {
  const { db } = backend;
  const known = db.accounts.length + db.users.length;
  let snapshot: MockDb | undefined;
  try {
    const now = backend.clock();
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(rawParams)) {
      if (typeof value === "string") params[key] = value;
    }
    let context: RouteContext = { request, url: new URL(request.url), params, now, db, backend };
    if (auth === "user")
      context = { ...context, ...(await authenticateUser(request, backend, now)) };
    if (auth === "admin") await authenticateAdmin(request, backend.adminKey);
    if (method !== "get") snapshot = structuredClone(db);

    const reply = await resolve(context);
    if (method !== "get" || db.accounts.length + db.users.length !== known) backend.save();
    return reply.body === undefined
      ? new HttpResponse(null, { status: reply.status })
      : HttpResponse.json(reply.body, { status: reply.status });
  } catch (error) {
    if (snapshot) Object.assign(db, snapshot);
    if (error instanceof ApiError) return errorResponse(error);
    console.error("[goalpost-mock] unexpected error", error);
    return errorResponse(new ApiError(500, "the mock backend failed unexpectedly"));
  }
}

async function playScenario(backend: BackendContext): Promise<Response | undefined> {
  const { latencyMs, offline, failureRate } = backend.scenario;
  if (latencyMs > 0) await delay(latencyMs);
  if (offline) return HttpResponse.error();
  if (failureRate > 0 && backend.random() < failureRate) {
    const reason = "the mock backend is set to fail some requests (scenario failureRate)";
    return errorResponse(new ApiError(503, reason, undefined, "unavailable"));
  }
  return undefined;
}
