import type { StoredWebhookEndpoint } from "@goalpost/backend";
import type { Row, Sql } from "../db/Database.ts";
import { iso } from "../store/rows.ts";
import { toStoredEndpoint } from "./endpointRoutes.ts";

/** A delivery claimed by {@link claimDeliveries}: what to send, where, and the lease it holds. */
export interface ClaimedDelivery {
  endpoint: StoredWebhookEndpoint;
  eventSeq: string;
  /** The event exactly as written to the outbox. */
  body: string;
  /** The attempts made before this one. */
  attempts: number;
  /** When the delivery was queued (or replayed): its day of retries runs from then. */
  queuedAt: Date;
  /** The database's now at the claim. */
  claimedAt: Date;
  /** The lease, as the database writes it (exact to the microsecond). */
  lease: string;
}

/** What came of an attempt, as the delivery log keeps it. */
export interface AttemptRecord {
  status: "delivered" | "pending" | "failed";
  /** When a delivery still pending is tried next. */
  nextAttemptAt?: Date | undefined;
  responseStatus?: number | undefined;
  responseExcerpt?: string | undefined;
  error?: string | undefined;
}

/**
 * Claims due deliveries and leases them (`$2` ms: the worker's attempt timeout and a margin),
 * in one statement. Only the head of each line is a candidate: a line is an endpoint's pending
 * deliveries for one account, its head the earliest event, so that an account's events arrive
 * in order and one at a time. The heads are found by walking the line index, one probe per
 * line (a backlog of one line costs one probe, not a comparison of each of its deliveries with
 * every other); a head is claimed when it is due, not leased (or its lease ran out: its worker
 * died) and its endpoint enabled. Rows other instances are claiming are skipped, not waited
 * for. Times are the database's `now()`: delivery runs on wall time, the same for every instance.
 */
const claimStatement = `WITH RECURSIVE heads AS (
    (SELECT endpoint_id, account_id, event_seq FROM webhook_deliveries
     WHERE status = 'pending' ORDER BY endpoint_id, account_id, event_seq LIMIT 1)
    UNION ALL
    SELECT next.endpoint_id, next.account_id, next.event_seq
    FROM heads h CROSS JOIN LATERAL (
      SELECT endpoint_id, account_id, event_seq FROM webhook_deliveries
      WHERE status = 'pending' AND (endpoint_id, account_id) > (h.endpoint_id, h.account_id)
      ORDER BY endpoint_id, account_id, event_seq LIMIT 1
    ) next
  )
  UPDATE webhook_deliveries d
  SET leased_until = now() + $2::int * interval '1 millisecond'
  FROM (
    SELECT c.endpoint_id, c.event_seq
    FROM heads h
      JOIN webhook_deliveries c ON c.endpoint_id = h.endpoint_id AND c.event_seq = h.event_seq
      JOIN webhook_endpoints ep ON ep.id = c.endpoint_id
    WHERE c.status = 'pending' AND c.next_attempt_at <= now()
      AND (c.leased_until IS NULL OR c.leased_until < now())
      AND ep.enabled
    ORDER BY c.event_seq
    LIMIT $1::int
    FOR UPDATE OF c SKIP LOCKED
  ) due, webhook_events ev, webhook_endpoints ep
  WHERE d.endpoint_id = due.endpoint_id AND d.event_seq = due.event_seq
    AND ev.seq = d.event_seq AND ep.id = d.endpoint_id
  RETURNING d.endpoint_id, d.event_seq, d.attempts, d.created_at, now() AS claimed_at,
    d.leased_until::text AS lease, ev.body, row_to_json(ep) AS endpoint`;

/**
 * Records an attempt and clears the lease, if the lease is still the one this attempt was
 * claimed with (compared as text, exact to the microsecond, which a timestamptz parameter
 * would not keep through postgres.js): a delivery replayed meanwhile (its lease
 * cleared) is sent again rather than taken as done, and one claimed again by another worker
 * once the lease ran out is that worker's to record.
 */
const recordStatement = `UPDATE webhook_deliveries
  SET status = $3::text, attempts = attempts + 1, last_attempt_at = now(),
    delivered_at = CASE WHEN $3::text = 'delivered' THEN now() END,
    next_attempt_at = coalesce($4::timestamptz, next_attempt_at),
    response_status = $5::int, response_excerpt = $6::text, error = $7::text,
    leased_until = NULL
  WHERE endpoint_id = $1::text AND event_seq = $2::bigint AND leased_until::text = $8::text`;

/**
 * Claims at most `limit` due deliveries, the heads of their lines (see the statement above),
 * leased for `leaseMs`.
 */
export async function claimDeliveries(
  sql: Sql,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const rows = await sql.query(claimStatement, [limit, leaseMs]);
  return rows.map((row) => ({
    endpoint: toStoredEndpoint(row.endpoint as Row),
    eventSeq: String(row.event_seq),
    body: row.body as string,
    attempts: Number(row.attempts),
    queuedAt: new Date(iso(row.created_at)),
    claimedAt: new Date(iso(row.claimed_at)),
    lease: row.lease as string,
  }));
}

/** Records an attempt by the lease it was claimed with (see the statement above). */
export async function recordAttempt(
  sql: Sql,
  claimed: ClaimedDelivery,
  record: AttemptRecord,
): Promise<void> {
  await sql.query(recordStatement, [
    claimed.endpoint.id,
    claimed.eventSeq,
    record.status,
    record.nextAttemptAt?.toISOString() ?? null,
    record.responseStatus ?? null,
    record.responseExcerpt ?? null,
    record.error ?? null,
    claimed.lease,
  ]);
}
