import {
  CreateGoalBody,
  checkTarget,
  currentValue,
  type Goal,
  goalStatusAfter,
  UpdateGoalBody,
} from "@goalpost/core";
import { ApiError } from "../http/ApiError.ts";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";
import { newId } from "../store/newId.ts";
import { metricOf, ownAgreement, ownGoal } from "./access.ts";
import { checkValueElements } from "./checkValueElements.ts";
import { toActions } from "./toActions.ts";

/**
 * `POST /v1/goals`: the next goal for an agreement in place, starting now from its current value
 * (latest measurement, else baseline), chained to the last closed goal.
 */
export async function createGoal(context: UserRouteContext): Promise<Reply> {
  const { db, user, role, now } = context;
  const body = await readJsonBody(context.request, CreateGoalBody);
  const agreement = ownAgreement(db, user, body.agreementId);
  const metric = metricOf(db, agreement);
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
  const measurements = db.measurements.filter((m) => m.agreementId === agreement.id);
  const start = currentValue(agreement, measurements) ?? agreement.baseline;
  const problem = checkTarget(metric, start.value, body.target);
  if (problem) throw ApiError.invalid(["target"], problem);
  checkDue(body.dueAt, now);
  const valueElementIds = checkValueElements(db, role, body.valueElementIds ?? []);
  const actions = toActions(body.actions ?? []);
  const goals = db.goals.filter((g) => g.agreementId === agreement.id);
  const active = goals.find((g) => g.status === "active");
  if (active) throw new ApiError(409, `the agreement already has an active goal ("${active.id}")`);

  const previous = goals
    .filter((g) => g.closedAt !== undefined)
    .sort((a, b) => Date.parse(b.closedAt ?? "") - Date.parse(a.closedAt ?? ""))[0];
  const goal: Goal = {
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
  db.goals.push(goal);
  return { status: 201, body: goal };
}

/**
 * `PATCH /v1/goals/:id`: change an active goal's target, due date, changes, actions, value
 * elements or those marked done, or abandon it. A goal that is no longer active answers 409.
 */
export async function updateGoal(context: UserRouteContext): Promise<Reply> {
  const { db, user, role, now, params } = context;
  const body = await readJsonBody(context.request, UpdateGoalBody);
  const { goal, agreement } = ownGoal(db, user, params.id ?? "");
  if (goal.status !== "active") {
    throw new ApiError(409, `the goal is ${goal.status}; only an active goal can change`);
  }
  const metric = metricOf(db, agreement);
  if (body.target !== undefined) {
    const problem = checkTarget(metric, goal.startValue, body.target);
    if (problem) throw ApiError.invalid(["target"], problem);
  }
  if (body.dueAt !== undefined) checkDue(body.dueAt, now);
  const valueElementIds =
    body.valueElementIds && checkValueElements(db, role, body.valueElementIds);
  const actions = body.actions && toActions(body.actions, goal.actions);
  const chosen = valueElementIds ?? goal.valueElementIds;
  body.doneValueElementIds?.forEach((id, i) => {
    if (!chosen.includes(id)) {
      throw ApiError.invalid(
        ["doneValueElementIds", i],
        `"${id}" is not one of the goal's value elements`,
      );
    }
  });

  if (body.target !== undefined) goal.target = body.target;
  if (body.dueAt !== undefined) goal.dueAt = body.dueAt;
  if (body.changes !== undefined) goal.changes = body.changes;
  if (valueElementIds) goal.valueElementIds = valueElementIds;
  if (actions) goal.actions = actions;
  if (body.doneValueElementIds) goal.doneValueElementIds = [...new Set(body.doneValueElementIds)];
  if (body.status === "abandoned") {
    goal.status = "abandoned";
    goal.closedAt = now.toISOString();
  } else if (body.target !== undefined) {
    // A lowered target may already be met by the latest measurement of the period.
    const latest = currentValue(
      agreement,
      db.measurements.filter((m) => m.agreementId === agreement.id),
    );
    if (latest && goalStatusAfter(goal, latest, metric.direction) === "achieved") {
      goal.status = "achieved";
      goal.achievedAt = now.toISOString();
      goal.closedAt = goal.achievedAt;
    }
  }
  return { status: 200, body: goal };
}

function checkDue(dueAt: string, now: Date): void {
  if (Date.parse(dueAt) <= now.getTime())
    throw ApiError.invalid(["dueAt"], "must be in the future");
}
