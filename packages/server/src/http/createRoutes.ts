import { ApiError, authenticateAdmin, roleOf, verifyUserToken } from "@goalpost/backend";
import type { Role, User } from "@goalpost/core";
import type { Catalog } from "@goalpost/core/admin";
import type { Context, Hono } from "hono";
import { enterUser } from "../store/enterUser.ts";
import type { AppEnv } from "./AppEnv.ts";
import type { ServerContext } from "./ServerContext.ts";

/** What a route's resolver gets. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** The time of this request (fixed for its whole handling). */
  now: Date;
  server: ServerContext;
}

/** What a user route's resolver gets: also the signed-in user, their role and the catalog. */
export interface UserRouteContext extends RouteContext {
  user: User;
  role: Role;
  catalog: Catalog;
}

/** A success: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

type Method = "GET" | "POST" | "PUT" | "PATCH";
type Resolve<C> = (context: C) => Promise<Reply>;

/**
 * Route builders on a Hono app. User routes check the token (401), the user's rate (429) and
 * the role (403), then bring the account and user into being; admin routes check the admin key
 * (401). Failures become the contract's error body through the app's error handler.
 */
export function createRoutes(app: Hono<AppEnv>, server: ServerContext) {
  const base = (c: Context<AppEnv>): RouteContext => ({
    request: c.req.raw,
    url: new URL(c.req.url),
    params: c.req.param() as Record<string, string>,
    now: server.clock(),
    server,
  });
  const answer = (c: Context<AppEnv>, reply: Reply) =>
    reply.body === undefined
      ? c.body(null, reply.status as 204)
      : c.json(reply.body as object, reply.status as 200);

  return {
    /** A contract route for signed-in users. */
    user(method: Method, path: string, resolve: Resolve<UserRouteContext>) {
      app.on(method, path, async (c) => {
        const context = base(c);
        // The token first: a refused one costs no database work.
        const claims = await verifyUserToken(context.request, server.signingSecret, context.now, {
          maxLifetimeSeconds: server.tokenMaxLifetimeSeconds,
        });
        c.set("accountId", claims.acc);
        const rate = server.rateLimit.take(`${claims.acc}\u0000${claims.sub}`, Date.now());
        if (!rate.ok) {
          c.header("retry-after", String(rate.retryAfterSeconds));
          throw new ApiError(
            429,
            `too many requests from this user; try again in ${rate.retryAfterSeconds} s`,
          );
        }
        const catalog = await server.catalog.current(server.db);
        const role = roleOf(claims, catalog.roles);
        const user = await enterUser(server.db, claims, context.now);
        return answer(c, await resolve({ ...context, user, role, catalog }));
      });
    },
    /** A contract route that takes the admin key. */
    admin(method: Method, path: string, resolve: Resolve<RouteContext>) {
      app.on(method, path, async (c) => {
        const context = base(c);
        await authenticateAdmin(context.request, server.adminKey);
        return answer(c, await resolve(context));
      });
    },
  };
}
