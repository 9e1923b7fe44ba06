import type { Role, ValueElement } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";

/** The value element ids without duplicates, each checked to exist for the role (422 otherwise). */
export function checkValueElements(
  valueElements: readonly ValueElement[],
  role: Role,
  ids: readonly string[],
): string[] {
  ids.forEach((id, i) => {
    const element = valueElements.find((v) => v.id === id);
    if (!element?.roleIds.includes(role.id)) {
      throw ApiError.invalid(["valueElementIds", i], `"${id}" is not a value element of the role`);
    }
  });
  return [...new Set(ids)];
}
