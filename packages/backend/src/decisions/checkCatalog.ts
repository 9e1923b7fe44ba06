import type { Problem } from "@goalpost/core";
import type { Catalog } from "@goalpost/core/contract";
import { catalogReferences } from "@goalpost/core/contract";

/**
 * What is wrong with what `PUT /v1/admin/catalog` received beyond its schema, or undefined: every
 * reference between roles, metrics and value elements must resolve (invalid, naming each broken
 * one).
 */
export function checkCatalog(catalog: Catalog): Problem | undefined {
  const problems = catalogReferences(catalog);
  if (problems.length === 0) return undefined;
  return {
    kind: "invalid",
    message: `the catalog has broken references (${problems[0]?.message})`,
    issues: problems.map((p) => ({ ...p, code: "invalid_reference" })),
  };
}
