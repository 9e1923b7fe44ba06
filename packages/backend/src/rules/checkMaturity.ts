import type { Role } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";

/** Checks that a maturity level exists in the role's model (422 otherwise). */
export function checkMaturity(role: Role, level: number | undefined): void {
  if (level !== undefined && !role.maturity.some((m) => m.level === level)) {
    throw ApiError.invalid(
      ["maturityLevel"],
      `must be a level of the role's maturity model (1 to ${role.maturity.length})`,
    );
  }
}
