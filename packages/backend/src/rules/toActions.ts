import { Problem } from "@goalpost/core";
import type { GoalAction, GoalActionInput } from "@goalpost/core/contract";
import { newId } from "./newId.ts";

/**
 * A goal's actions from a client's list, or why not: new ones get an id; `done` defaults to the
 * action's current state, or false for a new one. An id used twice is invalid.
 */
export function toActions(
  inputs: readonly GoalActionInput[],
  current: readonly GoalAction[] = [],
): GoalAction[] | Problem {
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    if (input.id === undefined) continue;
    if (seen.has(input.id)) return Problem.invalid(["actions", i, "id"], "is used twice");
    seen.add(input.id);
  }
  return inputs.map((input) => {
    const previous = current.find((a) => a.id === input.id);
    return {
      id: input.id ?? newId("act"),
      title: input.title,
      owner: input.owner,
      done: input.done ?? previous?.done ?? false,
    };
  });
}
