import type { Endpoint } from "@goalpost/core/contract";
import { endpoints } from "@goalpost/core/contract";
import type { EndpointName, Handlers } from "./Handlers.ts";
import type { ReadInput } from "./readEndpointInput.ts";

/** A handler as a router calls it, with input that {@link readEndpointInput} read for it. */
type RouteHandler<Context> = (
  context: Context & ReadInput,
) => { body: unknown; replayed?: true } | Promise<{ body: unknown; replayed?: true }>;

/** One endpoint of the contract's table with its handler, for a router to register. */
export type EndpointRoute<UserContext, AdminContext> = {
  name: EndpointName;
  endpoint: Endpoint;
} & (
  | { auth: "user"; handler: RouteHandler<UserContext> }
  | { auth: "admin" | "console"; handler: RouteHandler<AdminContext> }
);

/**
 * Every endpoint of the contract's table, in its order, paired with its handler: what a backend
 * registers, so that its routes are the table's (method, path, auth, schemas, status).
 */
export function endpointRoutes<UserContext, AdminContext>(
  handlers: Handlers<UserContext, AdminContext>,
): EndpointRoute<UserContext, AdminContext>[] {
  return (Object.keys(endpoints) as EndpointName[]).map((name) => {
    const endpoint: Endpoint = endpoints[name];
    // Sound by construction: each handler's input is read with its own endpoint's schemas.
    const handler = handlers[name] as RouteHandler<never>;
    return { name, endpoint, auth: endpoint.auth, handler } as EndpointRoute<
      UserContext,
      AdminContext
    >;
  });
}
