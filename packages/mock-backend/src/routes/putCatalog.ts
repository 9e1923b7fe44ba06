import { limits } from "@goalpost/core";
import { Catalog, catalogReferences } from "@goalpost/core/admin";
import { ApiError } from "../http/ApiError.ts";
import type { Reply, RouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";

/**
 * `PUT /v1/admin/catalog`: replaces the catalog after validating it whole, references included.
 * Existing agreements keep their metric ids; metrics no longer in the catalog drop out of sessions.
 */
export async function putCatalog(context: RouteContext): Promise<Reply> {
  const catalog = await readJsonBody(context.request, Catalog, limits.maxAdminBodyBytes);
  const problems = catalogReferences(catalog);
  if (problems.length > 0) {
    const issues = problems.map((p) => ({ ...p, code: "invalid_reference" }));
    throw new ApiError(422, `the catalog has broken references (${problems[0]?.message})`, issues);
  }
  context.db.catalog = catalog;
  return { status: 200, body: catalog };
}
