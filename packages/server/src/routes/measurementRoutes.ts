import {
  checkOwner,
  decodeCursor,
  encodeCursor,
  goalEvents,
  measurementEvent,
  measurementRequest,
  metricOf,
  newMeasurement,
  orThrow,
  replayMeasurement,
  type StoredMeasurement,
  subjectOf,
} from "@goalpost/backend";
import { type Measurement, settleGoal } from "@goalpost/core";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { findAgreement } from "../store/agreements.ts";
import { settleOverdueThenActive } from "../store/goals.ts";
import {
  findStoredMeasurement,
  measurementsAfter,
  storeMeasurementStatement,
} from "../store/measurements.ts";
import { storedTimes } from "../store/storedTimes.ts";

/**
 * `POST /v1/measurements`: 201 with a new measurement; 200 with the stored one when the same id
 * comes again with the same body; 409 when it comes with another body. The measurement and the
 * goal it settles are written in one transaction of two round trips: the agreement's lock with
 * the settle of an overdue goal and the read of the active one, then the insert with the goal it
 * settles and COMMIT. The id's primary key decides replays and races (`ON CONFLICT`), so a
 * retried write is never stored twice; the stored one is read only then.
 */
export async function createMeasurement(
  context: UserRoute<"createMeasurement">,
): Promise<Reply<"createMeasurement">> {
  const { server, user, now, body: sent } = context;
  const body = storedTimes(sent);
  const outcome = await server.db.transaction(
    async (
      tx,
    ): Promise<{ created: Measurement } | { replayed: StoredMeasurement } | { taken: true }> => {
      const [found, state] = await Promise.all([
        findAgreement(tx, body.agreementId, true),
        settleOverdueThenActive(tx, body.agreementId, now),
      ]);
      const { catalog } = await context.confirmCatalog(tx, state.revision);
      const agreement = orThrow(checkOwner("agreement", body.agreementId, found, user));
      let measurement: Measurement;
      try {
        measurement = orThrow(
          newMeasurement({ body, agreement, metrics: catalog.metrics, userId: user.id, now }),
        );
      } catch (error) {
        // A replay answers as one even when the write would no longer be allowed.
        const stored = await findStoredMeasurement(tx, body.id);
        if (stored) return { replayed: stored };
        throw error;
      }
      const metric = orThrow(metricOf(catalog.metrics, agreement));
      const next = state.active && settleGoal(state.active, measurement, metric.direction);
      const settled = next !== state.active ? next : undefined;
      const events = server.webhooks.enabled
        ? [
            measurementEvent("measurement.logged", measurement, agreement, now),
            ...(settled
              ? goalEvents(state.active, settled, subjectOf(agreement, user.id), now)
              : []),
          ]
        : [];
      const statement = storeMeasurementStatement(
        measurement,
        measurementRequest(sent),
        settled,
        events,
      );
      const [row] = await tx.commitWith<{ stored: boolean }>(statement.text, statement.params);
      return row?.stored ? { created: measurement } : { taken: true };
    },
  );
  if ("created" in outcome) {
    server.webhooks.written();
    return { body: outcome.created };
  }
  // The id was taken, by an earlier write or by one that committed while this one waited for
  // it: committed either way, so read after this transaction.
  const stored =
    "replayed" in outcome ? outcome.replayed : await findStoredMeasurement(server.db, body.id);
  if (!stored) throw new Error(`measurement ${body.id} conflicted but cannot be read`);
  return { body: orThrow(replayMeasurement(stored, sent)), replayed: true };
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
