import { checkCatalog, orThrow, readJsonBody } from "@goalpost/backend";
import { limits } from "@goalpost/core";
import { Catalog } from "@goalpost/core/admin";
import type { Reply, RouteContext } from "../http/createRoutes.ts";

/**
 * `PUT /v1/admin/catalog`: replaces the catalog after validating it whole, references included.
 * Existing agreements keep their metric ids; metrics no longer in the catalog drop out of sessions.
 */
export async function putCatalog(context: RouteContext): Promise<Reply> {
  const catalog = await readJsonBody(context.request, Catalog, limits.maxAdminBodyBytes);
  orThrow(checkCatalog(catalog));
  context.db.catalog = catalog;
  return { status: 200, body: catalog };
}
