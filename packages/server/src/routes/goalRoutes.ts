import { changeGoal, checkOwner, goalEvents, newGoal, orThrow, subjectOf } from "@goalpost/backend";
import { conflictOnDuplicate } from "../http/conflictOnDuplicate.ts";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { findAgreement } from "../store/agreements.ts";
import {
  findGoal,
  goalsOf,
  insertGoal,
  settleOverdue,
  updateGoal as storeGoal,
} from "../store/goals.ts";
import { latestMeasurement } from "../store/measurements.ts";
import { storedTimes } from "../store/storedTimes.ts";
import { writeEvents } from "../webhooks/outbox.ts";

/**
 * `POST /v1/goals`: the next goal for an agreement in place, starting now from its current value
 * (latest measurement, else baseline), chained to the last closed goal.
 */
export async function createGoal(context: UserRoute<"createGoal">): Promise<Reply<"createGoal">> {
  const { server, user, role, catalog, now } = context;
  const body = storedTimes(context.body);
  const goal = await conflictOnDuplicate(() =>
    server.db.transaction(async (tx) => {
      const found = await findAgreement(tx, body.agreementId, true);
      const agreement = orThrow(checkOwner("agreement", body.agreementId, found, user));
      await settleOverdue(tx, agreement.id, now);
      const created = orThrow(
        newGoal({
          body,
          agreement,
          role,
          metrics: catalog.metrics,
          valueElements: catalog.valueElements,
          latest: await latestMeasurement(tx, agreement.id),
          goals: await goalsOf(tx, agreement.id, now),
          now,
        }),
      );
      const events = server.webhooks.enabled
        ? goalEvents(undefined, created, subjectOf(agreement, user.id), now)
        : [];
      await Promise.all([insertGoal(tx, created), writeEvents(tx, events)]);
      return created;
    }),
  );
  server.webhooks.written();
  return { body: goal };
}

/**
 * `PATCH /v1/goals/:id`: change an active goal's target, due date, changes, actions, value
 * elements or those marked done, or abandon it. A goal that is no longer active answers 409.
 */
export async function updateGoal(context: UserRoute<"updateGoal">): Promise<Reply<"updateGoal">> {
  const { server, user, role, catalog, now, params } = context;
  const body = storedTimes(context.body);
  const id = params.id;
  const changed = await server.db.transaction(async (tx) => {
    const found = await findGoal(tx, id, now);
    // Lock the goal's agreement, then read the goal again under the lock.
    const locked = found && (await findAgreement(tx, found.agreementId, true));
    const agreement = orThrow(checkOwner("goal", id, locked, user));
    await settleOverdue(tx, agreement.id, now);
    const goal = await findGoal(tx, id, now);
    if (!goal) throw new Error(`goal ${id} vanished under its agreement's lock`);
    const next = orThrow(
      changeGoal({
        goal,
        body,
        agreement,
        role,
        metrics: catalog.metrics,
        valueElements: catalog.valueElements,
        latest: await latestMeasurement(tx, agreement.id),
        now,
      }),
    );
    const events = server.webhooks.enabled
      ? goalEvents(goal, next, subjectOf(agreement, user.id), now)
      : [];
    await Promise.all([storeGoal(tx, next), writeEvents(tx, events)]);
    return next;
  });
  server.webhooks.written();
  return { body: changed };
}
