import { checkTarget, currentValue } from "@goalpost/core";
import type {
  Agreement,
  CreateGoalBody,
  Goal,
  Measurement,
  Metric,
  Role,
  ValueElement,
} from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { checkValueElements } from "../rules/checkValueElements.ts";
import { checkDue } from "../rules/clientTime.ts";
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
 * The goal `POST /v1/goals` creates: the next goal of an agreed agreement (409 otherwise) with a
 * baseline (422), starting now from its current value (latest measurement, else the baseline),
 * with a target that improves on it (422) and a due date in the future (422), chained to the last
 * closed goal. An agreement with an active goal answers 409.
 */
export function newGoal(input: NewGoalInput): Goal {
  const { body, agreement, role, goals, now } = input;
  const metric = metricOf(input.metrics, agreement);
  if (agreement.status !== "agreed") {
    throw new ApiError(
      409,
      `the agreement is ${agreement.status}; only an agreed metric takes goals`,
    );
  }
  if (!agreement.baseline) {
    throw ApiError.invalid(
      ["agreementId"],
      "has no baseline yet; record one before setting a goal",
    );
  }
  const start = currentValue(agreement, input.latest ? [input.latest] : []) ?? agreement.baseline;
  const problem = checkTarget(metric, start.value, body.target);
  if (problem) throw ApiError.invalid(["target"], problem);
  checkDue(body.dueAt, now);
  const valueElementIds = checkValueElements(input.valueElements, role, body.valueElementIds ?? []);
  const actions = toActions(body.actions ?? []);
  const active = goals.find((g) => g.status === "active");
  if (active) throw new ApiError(409, `the agreement already has an active goal ("${active.id}")`);

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
