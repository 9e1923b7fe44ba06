import type { Problem } from "@goalpost/core";
import { ApiError } from "./ApiError.ts";

/** The HTTP status each kind of problem answers with. */
const statusOf = { invalid: 422, conflict: 409, not_found: 404, forbidden: 403 } as const;

/**
 * The HTTP edge of the rules: a problem as the failure a route answers with — invalid input 422
 * with its issues by path, a conflict 409, not found 404, forbidden 403.
 */
export function toApiError(problem: Problem): ApiError {
  return new ApiError(
    statusOf[problem.kind],
    problem.message,
    problem.kind === "invalid" ? problem.issues : undefined,
  );
}
