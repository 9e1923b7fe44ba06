import { Problem } from "@goalpost/core";
import type { Role, ValueElement } from "@goalpost/core/contract";

/**
 * The value element ids without duplicates, or why not: each must be a value element of the
 * role (invalid at its index otherwise).
 */
export function checkValueElements(
  valueElements: readonly ValueElement[],
  role: Role,
  ids: readonly string[],
): string[] | Problem {
  for (const [i, id] of ids.entries()) {
    const element = valueElements.find((v) => v.id === id);
    if (!element?.roleIds.includes(role.id)) {
      return Problem.invalid(["valueElementIds", i], `"${id}" is not a value element of the role`);
    }
  }
  return [...new Set(ids)];
}
