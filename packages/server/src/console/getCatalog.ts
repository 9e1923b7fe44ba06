import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/** `GET /v1/admin/catalog`: the catalog as it stands. */
export async function getCatalog(context: AdminRoute<"getCatalog">): Promise<Reply<"getCatalog">> {
  return { body: await context.server.catalog.current(context.server.db) };
}
