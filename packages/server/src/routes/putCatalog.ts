import { checkCatalog, orThrow, readJsonBody } from "@goalpost/backend";
import { Catalog } from "@goalpost/core/admin";
import type { Reply, RouteContext } from "../http/createRoutes.ts";

/**
 * `PUT /v1/admin/catalog`: replaces the catalog after validating it whole, references included.
 * Existing agreements keep their metric ids; metrics no longer in the catalog drop out of sessions.
 */
export async function putCatalog(context: RouteContext): Promise<Reply> {
  const { server, now } = context;
  const catalog = await readJsonBody(context.request, Catalog, server.maxAdminBodyBytes);
  orThrow(checkCatalog(catalog));
  await server.db.transaction((tx) => server.catalog.replace(tx, catalog, now));
  return { status: 200, body: catalog };
}
