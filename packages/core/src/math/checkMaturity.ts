import type { Role } from "../contract/catalog.ts";
import { Problem } from "./Problem.ts";

/**
 * Why `level` cannot be the role's maturity level, or undefined when it can (or none is given):
 * it must be a level of the role's maturity model.
 */
export function checkMaturity(
  role: Pick<Role, "maturity">,
  level: number | undefined,
): Problem | undefined {
  if (level === undefined || role.maturity.some((m) => m.level === level)) return undefined;
  return Problem.invalid(
    ["maturityLevel"],
    `must be a level of the role's maturity model (1 to ${role.maturity.length})`,
  );
}
