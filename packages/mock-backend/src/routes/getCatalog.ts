import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/** `GET /v1/admin/catalog`: the catalog as it stands. */
export function getCatalog(context: AdminRoute<"getCatalog">): Reply<"getCatalog"> {
  return { body: context.db.catalog };
}
