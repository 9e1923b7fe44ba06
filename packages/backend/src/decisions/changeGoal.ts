import { checkDue, checkTarget, currentValue, goalStatusAfter, Problem } from "@goalpost/core";
import type {
  Agreement,
  Goal,
  Measurement,
  Metric,
  Role,
  UpdateGoalBody,
  ValueElement,
} from "@goalpost/core/contract";
import { checkValueElements } from "../rules/checkValueElements.ts";
import { metricOf } from "../rules/metricOf.ts";
import { toActions } from "../rules/toActions.ts";

/** What deciding `PATCH /v1/goals/:id` needs from the store. */
export interface ChangeGoalInput {
  /** The user's own goal (ownership already checked), settled at `now`. */
  goal: Goal;
  body: UpdateGoalBody;
  agreement: Agreement;
  role: Role;
  metrics: readonly Metric[];
  valueElements: readonly ValueElement[];
  /** The agreement's latest measurement (by time, the last stored among equal times), if any. */
  latest: Measurement | undefined;
  now: Date;
}

/**
 * The goal after `PATCH /v1/goals/:id`, or why not. Only an active goal changes (a conflict
 * otherwise): its target (which must still improve on the start), due date, changes, value
 * elements and those marked done, actions (the list is replaced; known ids keep their `done`
 * unless sent), or it is abandoned. A target lowered to what the latest measurement already meets
 * achieves the goal.
 */
export function changeGoal(input: ChangeGoalInput): Goal | Problem {
  const { goal, body, agreement, role, now } = input;
  if (goal.status !== "active") {
    return Problem.conflict(`the goal is ${goal.status}; only an active goal can change`);
  }
  const metric = metricOf(input.metrics, agreement);
  if (Problem.is(metric)) return metric;
  if (body.target !== undefined) {
    const problem = checkTarget(metric, goal.startValue, body.target);
    if (problem) return Problem.invalid(["target"], problem);
  }
  const late = body.dueAt === undefined ? undefined : checkDue(body.dueAt, now);
  if (late) return late;
  const valueElementIds =
    body.valueElementIds && checkValueElements(input.valueElements, role, body.valueElementIds);
  if (Problem.is(valueElementIds)) return valueElementIds;
  const actions = body.actions && toActions(body.actions, goal.actions);
  if (Problem.is(actions)) return actions;
  const chosen = valueElementIds ?? goal.valueElementIds;
  for (const [i, id] of (body.doneValueElementIds ?? []).entries()) {
    if (!chosen.includes(id)) {
      return Problem.invalid(
        ["doneValueElementIds", i],
        `"${id}" is not one of the goal's value elements`,
      );
    }
  }

  const changed: Goal = { ...goal };
  if (body.target !== undefined) changed.target = body.target;
  if (body.dueAt !== undefined) changed.dueAt = body.dueAt;
  if (body.changes !== undefined) changed.changes = body.changes;
  if (valueElementIds) changed.valueElementIds = valueElementIds;
  if (actions) changed.actions = actions;
  if (body.doneValueElementIds)
    changed.doneValueElementIds = [...new Set(body.doneValueElementIds)];
  if (body.status === "abandoned") {
    changed.status = "abandoned";
    changed.closedAt = now.toISOString();
  } else if (body.target !== undefined) {
    // A lowered target may already be met by the latest measurement of the period.
    const latest = currentValue(agreement, input.latest ? [input.latest] : []);
    if (latest && goalStatusAfter(changed, latest, metric.direction) === "achieved") {
      changed.status = "achieved";
      changed.achievedAt = now.toISOString();
      changed.closedAt = changed.achievedAt;
    }
  }
  return changed;
}
