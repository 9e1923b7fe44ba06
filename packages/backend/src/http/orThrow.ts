import { Problem } from "@goalpost/core";
import { toApiError } from "./toApiError.ts";

/**
 * A rule's or decision's result, or its problem thrown as the route's failure (see
 * {@link toApiError}). A check that found nothing (undefined) passes through.
 * @example const goal = orThrow(newGoal({ body, agreement, … }));
 */
export function orThrow<T>(result: T | Problem): T {
  if (Problem.is(result)) throw toApiError(result);
  return result;
}
