import {
  ApiError,
  changeWebhookEndpoint,
  decodeDeliveryCursor,
  encodeDeliveryCursor,
  newWebhookEndpoint,
  orThrow,
  publicWebhookEndpoint,
  replayRange,
  rotateWebhookSecret as rotatedSecret,
  type StoredWebhookEndpoint,
} from "@goalpost/backend";
import {
  Id,
  type WebhookDelivery,
  type WebhookDeliveryCounts,
  type WebhookEndpoint,
} from "@goalpost/core/contract";
import type { Row, Sql } from "../db/Database.ts";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { iso } from "../store/rows.ts";

const columns = `e.id, e.url, e.description, e.event_types, e.enabled, e.secret, e.previous_secret,
  e.previous_secret_expires_at, e.created_at, e.updated_at`;

/** How an endpoint's deliveries stand, as one JSON column beside its row. */
const countsColumn = `(SELECT json_build_object(
    'pending', count(*) FILTER (WHERE d.status = 'pending'),
    'failed', count(*) FILTER (WHERE d.status = 'failed'),
    'lastDeliveredAt', max(d.delivered_at),
    'lastFailedAt', max(d.last_attempt_at) FILTER (WHERE d.status = 'failed'))
  FROM webhook_deliveries d WHERE d.endpoint_id = e.id) AS counts`;

/** An endpoint as stored, from its row. */
export function toStoredEndpoint(row: Row): StoredWebhookEndpoint {
  return {
    id: row.id as string,
    url: row.url as string,
    ...(row.description != null ? { description: row.description as string } : {}),
    ...(row.event_types != null
      ? { eventTypes: row.event_types as StoredWebhookEndpoint["eventTypes"] }
      : {}),
    status: row.enabled ? "enabled" : "disabled",
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    secret: row.secret as string,
    ...(row.previous_secret != null
      ? {
          previousSecret: row.previous_secret as string,
          previousSecretExpiresAt: iso(row.previous_secret_expires_at),
        }
      : {}),
  };
}

function toCounts(value: unknown): WebhookDeliveryCounts {
  const counts = (value ?? {}) as Record<string, unknown>;
  return {
    pending: Number(counts.pending ?? 0),
    failed: Number(counts.failed ?? 0),
    ...(counts.lastDeliveredAt != null ? { lastDeliveredAt: iso(counts.lastDeliveredAt) } : {}),
    ...(counts.lastFailedAt != null ? { lastFailedAt: iso(counts.lastFailedAt) } : {}),
  };
}

const shown = (row: Row): WebhookEndpoint =>
  publicWebhookEndpoint(toStoredEndpoint(row), toCounts(row.counts));

const endpointParams = (endpoint: StoredWebhookEndpoint) => [
  endpoint.id,
  endpoint.url,
  endpoint.description ?? null,
  endpoint.eventTypes ? JSON.stringify(endpoint.eventTypes) : null,
  endpoint.status === "enabled",
  endpoint.secret,
  endpoint.previousSecret ?? null,
  endpoint.previousSecretExpiresAt ?? null,
  endpoint.createdAt,
  endpoint.updatedAt,
];

const notFound = (id: string) => new ApiError(404, `no webhook endpoint "${id}"`);

/** The endpoint with this id, locked for the transaction when `lock`; 404 when there is none. */
async function findEndpoint(sql: Sql, id: string, lock = false): Promise<StoredWebhookEndpoint> {
  const [row] = Id.safeParse(id).success
    ? await sql.query(
        `SELECT ${columns} FROM webhook_endpoints e WHERE e.id = $1::text${lock ? " FOR UPDATE" : ""}`,
        [id],
      )
    : [];
  if (!row) throw notFound(id);
  return toStoredEndpoint(row);
}

/** Stores an endpoint's new state and reads it back as the API shows it. */
async function storeEndpoint(sql: Sql, endpoint: StoredWebhookEndpoint): Promise<WebhookEndpoint> {
  const [row] = await sql.query(
    `UPDATE webhook_endpoints e SET url = $2::text, description = $3::text,
       event_types = $4::text::jsonb, enabled = $5::boolean, secret = $6::text,
       previous_secret = $7::text, previous_secret_expires_at = $8::timestamptz,
       created_at = $9::timestamptz, updated_at = $10::timestamptz
     WHERE e.id = $1::text RETURNING ${columns}, ${countsColumn}`,
    endpointParams(endpoint),
  );
  if (!row) throw notFound(endpoint.id);
  return shown(row);
}

/** `GET /v1/admin/webhooks`: every endpoint, oldest first. */
export async function listWebhookEndpoints(
  context: AdminRoute<"listWebhookEndpoints">,
): Promise<Reply<"listWebhookEndpoints">> {
  const rows = await context.server.db.query(
    `SELECT ${columns}, ${countsColumn} FROM webhook_endpoints e ORDER BY e.seq`,
  );
  return { body: { items: rows.map(shown) } };
}

/** `POST /v1/admin/webhooks`: a new endpoint, and its secret, shown this once. */
export async function createWebhookEndpoint(
  context: AdminRoute<"createWebhookEndpoint">,
): Promise<Reply<"createWebhookEndpoint">> {
  const { server, body, now } = context;
  const endpoint = orThrow(
    newWebhookEndpoint(body, now, { allowPrivate: server.webhooks.allowPrivate }),
  );
  const [row] = await server.db.query(
    `INSERT INTO webhook_endpoints AS e (id, url, description, event_types, enabled, secret,
       previous_secret, previous_secret_expires_at, created_at, updated_at)
     VALUES ($1::text, $2::text, $3::text, $4::text::jsonb, $5::boolean, $6::text, $7::text,
       $8::timestamptz, $9::timestamptz, $10::timestamptz)
     RETURNING ${columns}, ${countsColumn}`,
    endpointParams(endpoint),
  );
  if (!row) throw new Error("the webhook endpoint was not stored");
  if (endpoint.status === "enabled") server.webhooks.endpointsChanged();
  return { body: { ...shown(row), secret: endpoint.secret } };
}

/** `GET /v1/admin/webhooks/:id` */
export async function getWebhookEndpoint(
  context: AdminRoute<"getWebhookEndpoint">,
): Promise<Reply<"getWebhookEndpoint">> {
  const { server, params } = context;
  const [row] = Id.safeParse(params.id).success
    ? await server.db.query(
        `SELECT ${columns}, ${countsColumn} FROM webhook_endpoints e WHERE e.id = $1::text`,
        [params.id],
      )
    : [];
  if (!row) throw notFound(params.id);
  return { body: shown(row) };
}

/** `PATCH /v1/admin/webhooks/:id`: its URL, description, event types, or enabled. */
export async function updateWebhookEndpoint(
  context: AdminRoute<"updateWebhookEndpoint">,
): Promise<Reply<"updateWebhookEndpoint">> {
  const { server, params, body, now } = context;
  const options = { allowPrivate: server.webhooks.allowPrivate };
  const changed = await server.db.transaction(async (tx) => {
    const endpoint = await findEndpoint(tx, params.id, true);
    return storeEndpoint(tx, orThrow(changeWebhookEndpoint(endpoint, body, now, options)));
  });
  if (changed.status === "enabled") server.webhooks.endpointsChanged();
  return { body: changed };
}

/** `POST /v1/admin/webhooks/:id/rotate-secret`: a new secret; the previous one overlaps. */
export async function rotateWebhookSecret(
  context: AdminRoute<"rotateWebhookSecret">,
): Promise<Reply<"rotateWebhookSecret">> {
  const { server, params, body, now } = context;
  const rotated = await server.db.transaction(async (tx) => {
    const endpoint = rotatedSecret(await findEndpoint(tx, params.id, true), body, now);
    return { ...(await storeEndpoint(tx, endpoint)), secret: endpoint.secret };
  });
  return { body: rotated };
}

/** `DELETE /v1/admin/webhooks/:id`: gone, with its delivery log; nothing more is sent to it. */
export async function deleteWebhookEndpoint(
  context: AdminRoute<"deleteWebhookEndpoint">,
): Promise<Reply<"deleteWebhookEndpoint">> {
  const { server, params } = context;
  const [row] = Id.safeParse(params.id).success
    ? await server.db.query(
        `WITH counts AS (SELECT e.id, ${countsColumn} FROM webhook_endpoints e WHERE e.id = $1::text)
         DELETE FROM webhook_endpoints e USING counts c WHERE e.id = c.id
         RETURNING ${columns}, c.counts`,
        [params.id],
      )
    : [];
  if (!row) throw notFound(params.id);
  return { body: shown(row) };
}

/** `GET /v1/admin/webhooks/:id/deliveries`: newest event first, by status, a page at a time. */
export async function listWebhookDeliveries(
  context: AdminRoute<"listWebhookDeliveries">,
): Promise<Reply<"listWebhookDeliveries">> {
  const { server, params, query } = context;
  const endpoint = await findEndpoint(server.db, params.id);
  const after =
    query.cursor === undefined
      ? null
      : orThrow(decodeDeliveryCursor(query.cursor, endpoint.id, query));
  const limit = query.limit ?? 50;
  const rows = await server.db.query(
    `SELECT ev.id AS event_id, ev.type, ev.at, ev.account_id, d.status, d.attempts,
       d.created_at, d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.response_status,
       d.response_excerpt, d.error
     FROM webhook_deliveries d JOIN webhook_events ev ON ev.seq = d.event_seq
     WHERE d.endpoint_id = $1::text AND ($2::text IS NULL OR d.status = $2::text)
       AND ($3::text IS NULL OR d.event_seq < (SELECT seq FROM webhook_events WHERE id = $3::text))
     ORDER BY d.event_seq DESC LIMIT $4::int`,
    [endpoint.id, query.status ?? null, after, limit + 1],
  );
  const items = rows.slice(0, limit).map(toDelivery);
  const last = items[items.length - 1];
  return {
    body: {
      items,
      ...(rows.length > limit && last
        ? { nextCursor: encodeDeliveryCursor(last.eventId, endpoint.id, query) }
        : {}),
    },
  };
}

function toDelivery(row: Row): WebhookDelivery {
  const status = row.status as WebhookDelivery["status"];
  const time = (name: string, value: unknown) => (value != null ? { [name]: iso(value) } : {});
  return {
    eventId: row.event_id as string,
    eventType: row.type as WebhookDelivery["eventType"],
    eventAt: iso(row.at),
    accountId: row.account_id as string,
    status,
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at),
    ...time("lastAttemptAt", row.last_attempt_at),
    ...(status === "pending" ? time("nextAttemptAt", row.next_attempt_at) : {}),
    ...time("deliveredAt", row.delivered_at),
    ...(row.response_status != null ? { responseStatus: Number(row.response_status) } : {}),
    ...(row.response_excerpt != null ? { responseExcerpt: row.response_excerpt as string } : {}),
    ...(row.error != null ? { error: row.error as string } : {}),
  };
}

const endpointExists = "SELECT 1 FROM webhook_endpoints WHERE id = $1::text";

/**
 * `POST /v1/admin/webhooks/:id/replay`: one event (whatever its type), or every event of the
 * endpoint's types in [`from`, `to`), queued again with the same ids, in order, delivered
 * already or not. A replayed delivery starts over: its attempts from 0, its day of retries from
 * now. 409 for a disabled endpoint, which is sent nothing. The endpoint is read `FOR KEY SHARE`
 * (see outboxCtes): deleted meanwhile, it is replayed nothing, and the answer is a 404.
 */
export async function replayWebhookEvents(
  context: AdminRoute<"replayWebhookEvents">,
): Promise<Reply<"replayWebhookEvents">> {
  const { server, params, body } = context;
  const range = orThrow(replayRange(body));
  const endpoint = await findEndpoint(server.db, params.id);
  if (endpoint.status !== "enabled") {
    throw new ApiError(409, `webhook endpoint "${endpoint.id}" is disabled: enable it to replay`);
  }
  const which =
    "eventId" in range
      ? { where: "ev.id = $2::text", params: [range.eventId] }
      : {
          where: `ev.at >= $2::timestamptz AND ev.at < $3::timestamptz
            AND (ep.event_types IS NULL OR ep.event_types @> jsonb_build_array(ev.type))`,
          params: [range.from.toISOString(), range.to.toISOString()],
        };
  const [row] = await server.db.query<{ replayed: number }>(
    `WITH queued AS (
       INSERT INTO webhook_deliveries (endpoint_id, event_seq, account_id)
       SELECT ep.id, ev.seq, ev.account_id
       FROM webhook_events ev JOIN webhook_endpoints ep ON ep.id = $1::text
       WHERE ${which.where}
       ORDER BY ev.seq
       FOR KEY SHARE OF ep
       ON CONFLICT (endpoint_id, event_seq) DO UPDATE SET status = 'pending', attempts = 0,
         created_at = now(), next_attempt_at = now(), leased_until = NULL, delivered_at = NULL,
         error = NULL
       RETURNING 1
     )
     SELECT count(*)::int AS replayed FROM queued`,
    [endpoint.id, ...which.params],
  );
  const replayed = row?.replayed ?? 0;
  if (replayed === 0 && (await server.db.query(endpointExists, [endpoint.id])).length === 0) {
    throw notFound(endpoint.id);
  }
  if ("eventId" in range && replayed === 0) {
    throw new ApiError(404, `no webhook event "${range.eventId}"`);
  }
  if (replayed > 0) server.webhooks.endpointsChanged();
  return { body: { replayed } };
}
