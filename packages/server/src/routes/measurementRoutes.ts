import {
  checkOwner,
  decodeCursor,
  encodeCursor,
  measurementRequest,
  metricOf,
  newMeasurement,
  orThrow,
  readJsonBody,
  readQuery,
  replayMeasurement,
} from "@goalpost/backend";
import { CreateMeasurementBody, MeasurementPageQuery } from "@goalpost/core";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
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
export async function createMeasurement(context: UserRouteContext): Promise<Reply> {
  const { server, user, catalog, now } = context;
  const sent = await readJsonBody(context.request, CreateMeasurementBody, server.maxBodyBytes);
  const body = storedTimes(sent);
  return server.db.transaction(async (tx): Promise<Reply> => {
    const found = await findAgreement(tx, body.agreementId, true);
    const agreement = orThrow(checkOwner("agreement", body.agreementId, found, user));
    const stored = await findStoredMeasurement(tx, body.id);
    if (stored) return { status: 200, body: orThrow(replayMeasurement(stored, sent)) };
    await settleOverdue(tx, agreement.id, now);
    const measurement = orThrow(
      newMeasurement({ body, agreement, metrics: catalog.metrics, userId: user.id, now }),
    );
    if (!(await insertMeasurement(tx, measurement, measurementRequest(sent)))) {
      // Another request (for another agreement) stored this id since the read above.
      const winner = await findStoredMeasurement(tx, body.id);
      if (!winner) throw new Error(`measurement ${body.id} conflicted but cannot be read`);
      return { status: 200, body: orThrow(replayMeasurement(winner, sent)) };
    }
    await settleGoalAfter(tx, orThrow(metricOf(catalog.metrics, agreement)), measurement, now);
    return { status: 201, body: measurement };
  });
}

/** `GET /v1/agreements/:id/measurements`: newest first, `limit` (default 50) and `cursor`. */
export async function listMeasurements(context: UserRouteContext): Promise<Reply> {
  const { server, user, params, url } = context;
  const id = params.id ?? "";
  const agreement = orThrow(checkOwner("agreement", id, await findAgreement(server.db, id), user));
  const query = readQuery(url, MeasurementPageQuery);
  const after =
    query.cursor === undefined ? undefined : orThrow(decodeCursor(query.cursor, agreement.id));
  const page = await measurementsAfter(server.db, agreement.id, query.limit ?? 50, after);
  const last = page.items[page.items.length - 1];
  return {
    status: 200,
    body: { items: page.items, ...(page.more && last ? { nextCursor: encodeCursor(last) } : {}) },
  };
}
