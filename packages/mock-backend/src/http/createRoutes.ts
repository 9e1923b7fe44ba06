import {
  ApiError,
  authenticateAdmin,
  authenticateConsole,
  type EndpointInput,
  type EndpointName,
  type EndpointReply,
  endpointRoutes,
  type Handlers,
  readEndpointInput,
  successStatus,
} from "@goalpost/backend";
import { limits } from "@goalpost/core/contract";
import { delay, type HttpHandler, HttpResponse, http } from "msw";
import { authenticateUser, type Principal } from "../auth/authenticate.ts";
import type { BackendContext } from "../BackendContext.ts";
import type { MockDb } from "../store/MockDb.ts";
import { runSchedule } from "../webhooks/schedule.ts";
import { errorResponse } from "./errorResponse.ts";

/** What every route's resolver gets. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** The time of this request (fixed for its whole handling). */
  now: Date;
  db: MockDb;
  backend: BackendContext;
}

/** What a user endpoint's handler gets besides its input: also the signed-in user and their role. */
export type UserRouteContext = RouteContext & Principal;

/** What the handler of user endpoint `N` gets: the signed-in user and its parsed input. */
export type UserRoute<N extends EndpointName> = UserRouteContext & EndpointInput<N>;

/** What the handler of admin endpoint `N` gets: the request's context and its parsed input. */
export type AdminRoute<N extends EndpointName> = RouteContext & EndpointInput<N>;

/** What the handler of endpoint `N` answers; the status comes from the contract's table. */
export type Reply<N extends EndpointName> = EndpointReply<N>;

/** A control route's success: a status and a JSON body (none for 204). */
export interface ControlReply {
  status: number;
  body?: unknown;
}

type Method = "get" | "post" | "put" | "patch" | "delete" | "all";
type Resolve = (context: RouteContext) => ControlReply | Promise<ControlReply>;
/**
 * Reads and validates a request's input, which changes nothing, and returns what runs it. A
 * write's rollback copy of the database is taken in between, so a refused body costs none.
 */
type Prepare = (context: RouteContext) => Promise<() => ControlReply | Promise<ControlReply>>;
type Auth = "user" | "admin" | "console" | "none";

/**
 * Route builders bound to a backend. Every route answers the contract's error body on failure,
 * rolls the database back when a write fails half-way, and turns an unexpected exception into a
 * 500 (never an unhandled rejection). Contract routes also play the scenario (latency, failures,
 * offline); control routes (`/__mock/*`) do not, so a test can always switch it off.
 */
export function createRoutes(backend: BackendContext) {
  const answer = async (
    request: Request,
    method: Method,
    auth: Auth,
    scenario: boolean,
    prepare: Prepare,
  ): Promise<Response> => {
    if (scenario) {
      const staged = await playScenario(backend);
      if (staged) return staged;
    }
    const run = () => handle(backend, request, method, auth, prepare);
    // Writes run one at a time, so rolling back a failed one cannot undo another.
    return method === "get" ? run() : backend.serialize(run);
  };
  const handler = (method: Method, path: string, auth: Auth, scenario: boolean, resolve: Resolve) =>
    http[method](`${backend.baseUrl}${path}`, ({ request }) =>
      answer(request, method, auth, scenario, async (context) => () => resolve(context)),
    );

  return {
    /**
     * The contract's endpoints, from its table: each at its method and path, with its auth, its
     * input read and validated with its schemas, and its success status.
     */
    endpoints: (handlers: Handlers<UserRouteContext, RouteContext>): HttpHandler[] =>
      endpointRoutes(handlers).map((route) => {
        const { endpoint } = route;
        const method = endpoint.method.toLowerCase() as Method;
        return http[method](`${backend.baseUrl}${endpoint.path}`, ({ request, params }) =>
          answer(request, method, route.auth, true, async (context) => {
            const input = await readEndpointInput(endpoint, request, stringParams(params), limits);
            return async () => {
              const reply =
                route.auth === "user"
                  ? await route.handler({ ...(context as UserRouteContext), ...input })
                  : await route.handler({ ...context, ...input });
              return { status: successStatus(endpoint, reply), body: reply.body };
            };
          }),
        );
      }),
    /** A scenario/reset control route: admin key, no scenario. */
    control: (method: Method, path: string, resolve: Resolve) =>
      handler(method, path, "admin", false, resolve),
    /** A route without authentication (the 404 fallback). */
    open: (method: Method, path: string, resolve: Resolve) =>
      handler(method, path, "none", true, resolve),
  };
}

/** msw's path parameters as strings (the contract's paths repeat none). */
function stringParams(
  params: Record<string, string | readonly string[] | undefined>,
): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string") strings[key] = value;
  }
  return strings;
}

async function handle(
  backend: BackendContext,
  request: Request,
  method: Method,
  auth: Auth,
  prepare: Prepare,
): Promise<Response> {
  const { db } = backend;
  const known = db.accounts.length + db.users.length;
  let snapshot: MockDb | undefined;
  try {
    const now = backend.clock();
    // Before any route settles a goal: see runSchedule.
    const scheduled = runSchedule(db, now);
    let context: RouteContext = { request, url: new URL(request.url), now, db, backend };
    if (auth === "user")
      context = { ...context, ...(await authenticateUser(request, backend, now)) };
    if (auth === "admin") await authenticateAdmin(request, backend.adminKey, now);
    if (auth === "console") await authenticateConsole(request, backend.adminKey, now);
    const run = await prepare(context);
    if (method !== "get") snapshot = structuredClone(db);
    const reply = await run();
    if (method !== "get" || scheduled || db.accounts.length + db.users.length !== known) {
      backend.save();
    }
    return reply.body === undefined
      ? new HttpResponse(null, { status: reply.status })
      : HttpResponse.json(reply.body, { status: reply.status });
  } catch (error) {
    if (snapshot) Object.assign(db, snapshot);
    if (error instanceof ApiError) return errorResponse(error);
    console.error("[goalpost-mock] unexpected error", error);
    return errorResponse(new ApiError(500, "the mock backend failed unexpectedly"));
  } finally {
    // What a write that stood (or time passing) queued goes out in the background.
    backend.deliverWebhooks();
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
