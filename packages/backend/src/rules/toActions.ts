import type { GoalAction, GoalActionInput } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { newId } from "./newId.ts";

/**
 * A goal's actions from a client's list: new ones get an id; `done` defaults to the action's
 * current state, or false for a new one. An id used twice is a 422.
 */
export function toActions(
  inputs: readonly GoalActionInput[],
  current: readonly GoalAction[] = [],
): GoalAction[] {
  const seen = new Set<string>();
  return inputs.map((input, i) => {
    if (input.id !== undefined) {
      if (seen.has(input.id)) throw ApiError.invalid(["actions", i, "id"], "is used twice");
      seen.add(input.id);
    }
    const previous = current.find((a) => a.id === input.id);
    return {
      id: input.id ?? newId("act"),
      title: input.title,
      owner: input.owner,
      done: input.done ?? previous?.done ?? false,
    };
  });
}
