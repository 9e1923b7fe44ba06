import { checkCatalog, orThrow } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/**
 * `PUT /v1/admin/catalog`: replaces the catalog after validating it whole, references included.
 * Existing agreements keep their metric ids; metrics no longer in the catalog drop out of sessions.
 */
export async function putCatalog(context: AdminRoute<"putCatalog">): Promise<Reply<"putCatalog">> {
  const { server, now, body: catalog } = context;
  orThrow(checkCatalog(catalog));
  await server.db.transaction((tx) => server.catalog.replace(tx, catalog, now));
  return { body: catalog };
}
