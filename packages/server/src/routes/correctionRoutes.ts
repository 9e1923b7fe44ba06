import {
  checkOwner,
  correctMeasurement,
  goalEvents,
  measurementEvent,
  metricOf,
  orThrow,
  subjectOf,
} from "@goalpost/backend";
import type { UpdateMeasurementBody } from "@goalpost/core";
import type { Sql } from "../db/Database.ts";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { findAgreement } from "../store/agreements.ts";
import {
  agreementChangesOf,
  correctionsOf,
  settleAfterCorrection,
  storeCorrection,
} from "../store/corrections.ts";
import { findStoredMeasurement } from "../store/measurements.ts";
import { writeEvents } from "../webhooks/outbox.ts";

type Correcting = UserRoute<"updateMeasurement"> | UserRoute<"deleteMeasurement">;

/**
 * The measurement with this id (a tombstone too) and its agreement, locked when `lock`: another
 * account's measurement is not found, exactly as one that never was; another role's is forbidden.
 */
async function ownMeasurement(sql: Sql, user: Correcting["user"], id: string, lock: boolean) {
  const stored = await findStoredMeasurement(sql, id);
  const found = stored && (await findAgreement(sql, stored.measurement.agreementId, lock));
  const agreement = orThrow(checkOwner("measurement", id, found, user));
  // Read again under the agreement's lock: a correction that ran meanwhile is seen.
  const measurement = lock
    ? (await findStoredMeasurement(sql, id))?.measurement
    : stored?.measurement;
  if (!measurement) throw new Error(`measurement ${id} vanished under its agreement's lock`);
  return { measurement, agreement };
}

/**
 * `PATCH /v1/measurements/:id` (a body) and `DELETE /v1/measurements/:id` (none): the user's own
 * `self` or `scale` entry corrected or deleted (a tombstone), its correction kept as history and
 * the agreement's goals settled again, in one transaction under the agreement's lock. The same
 * request again answers the same and records nothing.
 */
async function correct(context: Correcting, body: UpdateMeasurementBody | undefined) {
  const { server, user, catalog, now, params } = context;
  const reply = await server.db.transaction(async (tx) => {
    const { measurement, agreement } = await ownMeasurement(tx, user, params.id, true);
    const result = orThrow(
      correctMeasurement({
        measurement,
        agreement,
        metrics: catalog.metrics,
        body,
        userId: user.id,
        now,
      }),
    );
    if (result.correction) {
      await storeCorrection(tx, result.measurement, result.correction);
      const metric = orThrow(metricOf(catalog.metrics, agreement));
      const changed = await settleAfterCorrection(
        tx,
        agreement.id,
        measurement.at,
        metric.direction,
        now,
      );
      if (server.webhooks.enabled) {
        const subject = subjectOf(agreement, user.id);
        await writeEvents(tx, [
          measurementEvent("measurement.corrected", result.measurement, agreement, now),
          ...changed.flatMap(({ before, after }) => goalEvents(before, after, subject, now)),
        ]);
      }
    }
    return { body: result.measurement, corrected: result.correction !== undefined };
  });
  if (reply.corrected) server.webhooks.written();
  return { body: reply.body };
}

export function updateMeasurement(
  context: UserRoute<"updateMeasurement">,
): Promise<Reply<"updateMeasurement">> {
  return correct(context, context.body);
}

export function deleteMeasurement(
  context: UserRoute<"deleteMeasurement">,
): Promise<Reply<"deleteMeasurement">> {
  return correct(context, undefined);
}

/** `GET /v1/measurements/:id/history`: the measurement (a tombstone too) and its corrections. */
export async function getMeasurementHistory(
  context: UserRoute<"getMeasurementHistory">,
): Promise<Reply<"getMeasurementHistory">> {
  const { server, user, params } = context;
  const { measurement } = await ownMeasurement(server.db, user, params.id, false);
  return { body: { measurement, corrections: await correctionsOf(server.db, measurement.id) } };
}

/** `GET /v1/agreements/:id/history`: the agreement and the changes of its level and baseline. */
export async function getAgreementHistory(
  context: UserRoute<"getAgreementHistory">,
): Promise<Reply<"getAgreementHistory">> {
  const { server, user, params } = context;
  const id = params.id;
  const agreement = orThrow(checkOwner("agreement", id, await findAgreement(server.db, id), user));
  return { body: { agreement, changes: await agreementChangesOf(server.db, agreement.id) } };
}
