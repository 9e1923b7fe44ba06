import { readFile } from "node:fs/promises";
import { checkCatalog } from "@goalpost/backend";
import { Catalog, toValidationIssues } from "@goalpost/core/contract";

/** One problem of a catalog file, at its JSON path (`$.metrics[2].roleIds[0]`). */
export interface CatalogFileProblem {
  path: string;
  message: string;
}

/** What {@link checkCatalogFile} found: the catalog, or each problem by its JSON path. */
export type CatalogFileCheck =
  | { ok: true; catalog: Catalog }
  | { ok: false; problems: CatalogFileProblem[] };

/** `["metrics", 2, "roleIds", 0]` as `$.metrics[2].roleIds[0]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path
    .map((part) =>
      typeof part === "number"
        ? `[${part}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(part))
          ? `.${String(part)}`
          : `[${JSON.stringify(String(part))}]`,
    )
    .join("")}`;
}

/**
 * Checks a catalog file as `PUT /v1/admin/catalog` would: JSON, the schema (unknown fields
 * included), then every reference between roles, metrics and value elements.
 */
export async function checkCatalogFile(file: string): Promise<CatalogFileCheck> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "$", message: `cannot read ${file}: ${(error as Error).message}` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "$", message: `not JSON: ${(error as Error).message}` }],
    };
  }
  const parsed = Catalog.safeParse(json);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error);
    return {
      ok: false,
      problems: issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const broken = checkCatalog(parsed.data);
  if (broken && broken.kind === "invalid") {
    return {
      ok: false,
      problems: broken.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  return { ok: true, catalog: parsed.data };
}
