import {
  checkOwner,
  decodeCursor,
  encodeCursor,
  measurementRequest,
  metricOf,
  newMeasurement,
  orThrow,
  replayMeasurement,
} from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { findAgreement } from "../store/agreements.ts";
import { settleOverdue } from "../store/goals.ts";
import {
  findStoredMeasurement,
  insertMeasurement,
  measurementsAfter,
} from "../store/measurements.ts";
import { settleGoalAfter } from "../store/settleGoalAfter.ts";
import { storedTimes } from "../store/storedTimes.ts";

/**
 * `POST /v1/measurements`: 201 with a new measurement; 200 with the stored one when the same id
 * comes again with the same body; 409 when it comes with another body. The measurement and the
 * goal it settles are written in one transaction; the id's primary key decides between racing
 * writes, so a retried write is never stored twice.
 */
export async function createMeasurement(
  context: UserRoute<"createMeasurement">,
): Promise<Reply<"createMeasurement">> {
  const { server, user, catalog, now, body: sent } = context;
  const body = storedTimes(sent);
  return server.db.transaction(async (tx): Promise<Reply<"createMeasurement">> => {
    const found = await findAgreement(tx, body.agreementId, true);
    const agreement = orThrow(checkOwner("agreement", body.agreementId, found, user));
    const stored = await findStoredMeasurement(tx, body.id);
    if (stored) return { body: orThrow(replayMeasurement(stored, sent)), replayed: true };
    await settleOverdue(tx, agreement.id, now);
    const measurement = orThrow(
      newMeasurement({ body, agreement, metrics: catalog.metrics, userId: user.id, now }),
    );
    if (!(await insertMeasurement(tx, measurement, measurementRequest(sent)))) {
      // Another request (for another agreement) stored this id since the read above.
      const winner = await findStoredMeasurement(tx, body.id);
      if (!winner) throw new Error(`measurement ${body.id} conflicted but cannot be read`);
      return { body: orThrow(replayMeasurement(winner, sent)), replayed: true };
    }
    await settleGoalAfter(tx, orThrow(metricOf(catalog.metrics, agreement)), measurement, now);
    return { body: measurement };
  });
}

/** `GET /v1/agreements/:id/measurements`: newest first, `limit` (default 50) and `cursor`. */
export async function listMeasurements(
  context: UserRoute<"listMeasurements">,
): Promise<Reply<"listMeasurements">> {
  const { server, user, params, query } = context;
  const id = params.id;
  const agreement = orThrow(checkOwner("agreement", id, await findAgreement(server.db, id), user));
  const after =
    query.cursor === undefined ? undefined : orThrow(decodeCursor(query.cursor, agreement.id));
  const page = await measurementsAfter(server.db, agreement.id, query.limit ?? 50, after);
  const last = page.items[page.items.length - 1];
  return {
    body: { items: page.items, ...(page.more && last ? { nextCursor: encodeCursor(last) } : {}) },
  };
}
