import type { Catalog } from "@goalpost/core/contract";
import { catalogReferences } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";

/**
 * Checks what `PUT /v1/admin/catalog` received beyond its schema: every reference between roles,
 * metrics and value elements resolves (422 naming each broken one otherwise).
 */
export function checkCatalog(catalog: Catalog): void {
  const problems = catalogReferences(catalog);
  if (problems.length > 0) {
    const issues = problems.map((p) => ({ ...p, code: "invalid_reference" }));
    throw new ApiError(422, `the catalog has broken references (${problems[0]?.message})`, issues);
  }
}
