import type { Catalog } from "./catalog.ts";

/** An issue found when cross-checking a catalog's ids, with the path of the offending field. */
export interface CatalogProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-checks a catalog that already passed the `Catalog` schema: ids unique, every reference
 * names something that exists, and a value element's maturity levels exist in each of its roles'
 * maturity models.
 */
export function catalogReferences(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const roleIds = uniqueIds(catalog.roles, "roles", problems);
  const roleById = new Map(catalog.roles.map((role) => [role.id, role]));
  const metricIds = uniqueIds(catalog.metrics, "metrics", problems);
  uniqueIds(catalog.valueElements, "valueElements", problems);
  uniqueIds(catalog.usageMetrics ?? [], "usageMetrics", problems);

  catalog.metrics.forEach((metric, i) => {
    metric.roleIds.forEach((roleId, j) => {
      if (!roleIds.has(roleId)) {
        problems.push({ path: ["metrics", i, "roleIds", j], message: `no role "${roleId}"` });
      }
    });
  });
  catalog.valueElements.forEach((element, i) => {
    element.roleIds.forEach((roleId, j) => {
      if (!roleIds.has(roleId)) {
        problems.push({ path: ["valueElements", i, "roleIds", j], message: `no role "${roleId}"` });
      }
    });
    element.maturityLevels?.forEach((level, j) => {
      const lacking = element.roleIds.filter(
        (roleId) =>
          roleById.has(roleId) && !roleById.get(roleId)?.maturity.some((l) => l.level === level),
      );
      if (lacking.length) {
        problems.push({
          path: ["valueElements", i, "maturityLevels", j],
          message: `no maturity level ${level} for ${lacking.map((r) => `"${r}"`).join(", ")}`,
        });
      }
    });
    element.metricIds.forEach((metricId, j) => {
      if (!metricIds.has(metricId)) {
        problems.push({
          path: ["valueElements", i, "metricIds", j],
          message: `no metric "${metricId}"`,
        });
      }
    });
  });
  return problems;
}

function uniqueIds(
  items: readonly { id: string }[],
  field: string,
  problems: CatalogProblem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({ path: [field, i, "id"], message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return seen;
}
