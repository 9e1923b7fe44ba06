import { checkDue, checkGoalStart, checkTarget, currentValue, Problem } from "@goalpost/core";
import type {
  Agreement,
  CreateGoalBody,
  Goal,
  Measurement,
  Metric,
  Role,
  ValueElement,
} from "@goalpost/core/contract";
import { checkValueElements } from "../rules/checkValueElements.ts";
import { metricOf } from "../rules/metricOf.ts";
import { newId } from "../rules/newId.ts";
import { toActions } from "../rules/toActions.ts";

/** What deciding `POST /v1/goals` needs from the store. */
export interface NewGoalInput {
  body: CreateGoalBody;
  /** The user's own agreement (ownership already checked). */
  agreement: Agreement;
  role: Role;
  metrics: readonly Metric[];
  valueElements: readonly ValueElement[];
  /** The agreement's latest measurement (by time, the last stored among equal times), if any. */
  latest: Measurement | undefined;
  /** The agreement's goals, settled at `now`. */
  goals: readonly Goal[];
  now: Date;
}

/**
 * The goal `POST /v1/goals` creates, or why not: the next goal of an agreed agreement with a
 * baseline and no active goal (see `checkGoalStart`), starting now from its current value (latest
 * measurement, else the baseline), with a target that improves on it and a due date in the future
 * (each invalid otherwise), chained to the last closed goal.
 */
export function newGoal(input: NewGoalInput): Goal | Problem {
  const { body, agreement, role, goals, now } = input;
  const metric = metricOf(input.metrics, agreement);
  if (Problem.is(metric)) return metric;
  const blocked = checkGoalStart(agreement, goals.find((g) => g.status === "active")?.id);
  if (blocked) return blocked;
  const start = currentValue(agreement, input.latest ? [input.latest] : []) ?? agreement.baseline;
  if (!start)
    throw new Error("unreachable: checkGoalStart refuses an agreement without a baseline");
  const problem = checkTarget(metric, start.value, body.target);
  if (problem) return Problem.invalid(["target"], problem);
  const late = checkDue(body.dueAt, now);
  if (late) return late;
  const valueElementIds = checkValueElements(input.valueElements, role, body.valueElementIds ?? []);
  if (Problem.is(valueElementIds)) return valueElementIds;
  const actions = toActions(body.actions ?? []);
  if (Problem.is(actions)) return actions;

  const previous = goals
    .filter((g) => g.closedAt !== undefined)
    .sort((a, b) => Date.parse(b.closedAt ?? "") - Date.parse(a.closedAt ?? ""))[0];
  return {
    id: newId("goal"),
    agreementId: agreement.id,
    startValue: start.value,
    target: body.target,
    startAt: now.toISOString(),
    dueAt: body.dueAt,
    status: "active",
    ...(body.changes !== undefined ? { changes: body.changes } : {}),
    actions,
    valueElementIds,
    ...(previous ? { previousGoalId: previous.id } : {}),
  };
}
