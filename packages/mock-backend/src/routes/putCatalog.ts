import { checkCatalog, orThrow } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/**
 * `PUT /v1/admin/catalog`: replaces the catalog after validating it whole, references included.
 * Existing agreements keep their metric ids; metrics no longer in the catalog drop out of sessions.
 */
export function putCatalog(context: AdminRoute<"putCatalog">): Reply<"putCatalog"> {
  const catalog = context.body;
  orThrow(checkCatalog(catalog));
  context.db.catalog = catalog;
  return { body: catalog };
}
