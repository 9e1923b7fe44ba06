import { changeGoal, goalEvents, newGoal, orThrow, subjectOf } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { emit } from "../webhooks/emit.ts";
import { latestMeasurement, ownAgreement, ownGoal, replace, settledGoalsOf } from "./access.ts";

/**
 * `POST /v1/goals`: the next goal for an agreement in place, starting now from its current value
 * (latest measurement, else baseline), chained to the last closed goal.
 */
export function createGoal(context: UserRoute<"createGoal">): Reply<"createGoal"> {
  const { db, user, role, now, body } = context;
  const agreement = ownAgreement(db, user, body.agreementId);
  const goal = orThrow(
    newGoal({
      body,
      agreement,
      role,
      metrics: db.catalog.metrics,
      valueElements: db.catalog.valueElements,
      latest: latestMeasurement(db, agreement.id),
      goals: settledGoalsOf(db, [agreement.id], now),
      now,
    }),
  );
  db.goals.push(goal);
  emit(context, goalEvents(undefined, goal, subjectOf(agreement, user.id), now));
  return { body: goal };
}

/**
 * `PATCH /v1/goals/:id`: change an active goal's target, due date, changes, actions, value
 * elements or those marked done, or abandon it. A goal that is no longer active answers 409.
 */
export function updateGoal(context: UserRoute<"updateGoal">): Reply<"updateGoal"> {
  const { db, user, role, now, params, body } = context;
  const { goal, agreement } = ownGoal(db, user, params.id, now);
  const changed = orThrow(
    changeGoal({
      goal,
      body,
      agreement,
      role,
      metrics: db.catalog.metrics,
      valueElements: db.catalog.valueElements,
      latest: latestMeasurement(db, agreement.id),
      now,
    }),
  );
  return { body: replace(db.goals, changed) };
}
