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
  roleOf,
  successStatus,
  verifyUserToken,
} from "@goalpost/backend";
import type { Role, User } from "@goalpost/core";
import type { Catalog } from "@goalpost/core/admin";
import type { Context, Hono } from "hono";
import type { Sql } from "../db/Database.ts";
import { enterUser } from "../store/enterUser.ts";
import type { AppEnv } from "./AppEnv.ts";
import { adminKeyMatchesOnNode, verifyTokenOnNode } from "./nodeCrypto.ts";
import { readIncomingBody } from "./readIncomingBody.ts";
import type { ServerContext } from "./ServerContext.ts";

/** What every route's handler gets besides its input. */
export interface RouteContext {
  request: Request;
  url: URL;
  /** The time of this request (fixed for its whole handling). */
  now: Date;
  server: ServerContext;
}

/** What a user route's handler gets: also the signed-in user, their role and the catalog. */
export interface UserRouteContext extends RouteContext {
  user: User;
  role: Role;
  catalog: Catalog;
  /**
   * The catalog and role as of the catalog revision a statement of the handler read (folded
   * into it: `(SELECT revision::int FROM catalog) AS revision`): the ones above when the
   * revision is the one they were checked at, else the catalog read again and the role found
   * in it — 403 when the catalog no longer has it. The handlers of
   * {@link checkTheirCatalogRevision} call it before deciding anything; the others get a
   * catalog checked before they run.
   */
  confirmCatalog(sql: Sql, revision: number | null): Promise<{ catalog: Catalog; role: Role }>;
}

/**
 * The user endpoints whose handlers check the catalog revision themselves, in a statement they
 * run anyway (see {@link UserRouteContext.confirmCatalog}), so that a user seen recently costs
 * them no statement of its own. Each calls `confirmCatalog` before its answer depends on the role.
 */
export const checkTheirCatalogRevision: ReadonlySet<EndpointName> = new Set<EndpointName>([
  "getSession",
  "createMeasurement",
]);

/** What the handler of user endpoint `N` gets: the signed-in user and its parsed input. */
export type UserRoute<N extends EndpointName> = UserRouteContext & EndpointInput<N>;

/** What the handler of admin endpoint `N` gets: the request's context and its parsed input. */
export type AdminRoute<N extends EndpointName> = RouteContext & EndpointInput<N>;

/** What the handler of endpoint `N` answers; the status comes from the contract's table. */
export type Reply<N extends EndpointName> = EndpointReply<N>;

/**
 * Registers the contract's endpoints on a Hono app from its table, each at its method and path
 * with its handler. User routes check the token (401), the user's rate (429) and the role (403),
 * then bring the account and user into being (once for a user entered a moment ago under the
 * same claims and catalog: `RecentUsers`); admin routes check the admin key (401; 403 for a
 * console token), console routes the admin key or a console token (401, 403). Then the
 * endpoint's input is read with its schemas, and a success answers the table's status. Failures
 * become the contract's error body through the app's error handler.
 */
export function createRoutes(
  app: Hono<AppEnv>,
  server: ServerContext,
  handlers: Handlers<UserRouteContext, RouteContext>,
): void {
  const base = (c: Context<AppEnv>): RouteContext => ({
    request: c.req.raw,
    url: new URL(c.req.url),
    now: server.clock(),
    server,
  });
  const user = async (c: Context<AppEnv>, name: EndpointName): Promise<UserRouteContext> => {
    const context = base(c);
    // The token first: a refused one costs no database work.
    const claims = await verifyUserToken(context.request, server.signingSecret, context.now, {
      maxLifetimeSeconds: server.tokenMaxLifetimeSeconds,
      verify: verifyTokenOnNode,
    });
    c.set("accountId", claims.acc);
    const nowMs = context.now.getTime();
    const rate = server.rateLimit.take(`${claims.acc}\u0000${claims.sub}`, nowMs);
    if (!rate.ok) {
      c.header("retry-after", String(rate.retryAfterSeconds));
      throw new ApiError(
        429,
        `too many requests from this user; try again in ${rate.retryAfterSeconds} s`,
      );
    }
    let { catalog, revision } = server.catalog.known();
    let recent = server.recentUsers.get(claims, revision, nowMs);
    if (!recent || !checkTheirCatalogRevision.has(name)) {
      catalog = await server.catalog.current(server.db);
      const read = server.catalog.known().revision;
      if (read !== revision) recent = undefined;
      revision = read;
    }
    const role = roleOf(claims, catalog.roles);
    const entered = recent ?? (await enterUser(server.db, claims, context.now));
    if (!recent) server.recentUsers.remember(claims, revision, entered, nowMs);
    const checked = revision;
    return {
      ...context,
      user: entered,
      role,
      catalog,
      async confirmCatalog(sql, seen) {
        if (seen === checked && seen !== 0) return { catalog, role };
        const fresh = await server.catalog.at(sql, seen);
        return { catalog: fresh, role: roleOf(claims, fresh.roles) };
      },
    };
  };
  const admin = async (c: Context<AppEnv>): Promise<RouteContext> => {
    const context = base(c);
    await authenticateAdmin(context.request, server.adminKey, context.now, adminKeyMatchesOnNode);
    return context;
  };
  const reader = async (c: Context<AppEnv>): Promise<RouteContext> => {
    const context = base(c);
    await authenticateConsole(context.request, server.adminKey, context.now, adminKeyMatchesOnNode);
    return context;
  };

  for (const route of endpointRoutes(handlers)) {
    const { endpoint } = route;
    app.on(endpoint.method, endpoint.path, async (c) => {
      const context =
        route.auth === "user"
          ? await user(c, route.name)
          : route.auth === "console"
            ? await reader(c)
            : await admin(c);
      const input = await readEndpointInput(
        endpoint,
        c.req.raw,
        c.req.param(),
        server,
        readIncomingBody(c.env),
      );
      const reply =
        route.auth === "user"
          ? await route.handler({ ...(context as UserRouteContext), ...input })
          : await route.handler({ ...context, ...input });
      return c.json(reply.body as object, successStatus(endpoint, reply));
    });
  }
}
