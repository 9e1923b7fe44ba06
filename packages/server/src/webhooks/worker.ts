import { deliveryRequest, isAccepted, nextAttemptAt, signingSecrets } from "@goalpost/backend";
import type { WebhookEvent } from "@goalpost/core/contract";
import type { WebhookConfig } from "../config/ServerConfig.ts";
import type { Database, Row } from "../db/Database.ts";
import type { Logger } from "../ops/createLogger.ts";
import { iso } from "../store/rows.ts";
import { type DeliveryOutcome, deliver, type Resolve } from "./deliver.ts";
import { toStoredEndpoint } from "./endpointRoutes.ts";

/** What a lease covers beyond the attempt's timeout: signing, and recording what came of it. */
export const leaseMarginMs = 5000;

/** The webhook worker of one server instance. */
export interface WebhookWorker {
  /** Looks for due deliveries now, without waiting to poll (events were just written). */
  nudge(): void;
  /** Claims nothing more and resolves once the deliveries in flight are recorded. */
  stop(): Promise<void>;
}

/** Options of {@link startWebhookWorker}. */
export interface WorkerOptions {
  log: Logger;
  /** Resolves receivers' host names. @default dns.lookup */
  resolve?: Resolve;
  /** The jitter of retries. @default Math.random */
  random?: () => number;
}

/**
 * Claims due deliveries and leases them for the attempt's timeout and a margin, in one
 * statement. Only the head of each line is a candidate: a line is an endpoint's pending
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
 * Starts delivering the outbox: polls every `config.pollMs` (and when nudged) for due
 * deliveries, up to `config.concurrency` in flight, each signed with its endpoint's secrets at
 * the moment it is sent. A 2xx delivers; anything else is tried again with backoff and jitter
 * (`nextAttemptAt`) until the retry window is over, then the delivery has failed. A worker
 * that dies mid-delivery leaves a lease that runs out: the delivery is claimed again, with the
 * same event id (at least once).
 */
export function startWebhookWorker(
  db: Database,
  config: Pick<
    WebhookConfig,
    "allowPrivate" | "pollMs" | "retryBaseMs" | "timeoutMs" | "concurrency"
  >,
  options: WorkerOptions,
): WebhookWorker {
  const { log } = options;
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let claiming: Promise<void> | undefined;
  let again = false;

  const poll = () => {
    if (stopping) return;
    if (claiming) {
      again = true; // once this claim is done: what it could not see may be due by then
      return;
    }
    claiming = claim()
      .catch((error: unknown) => log.error("webhook claim failed", { error: String(error) }))
      .finally(() => {
        claiming = undefined;
        if (again) {
          again = false;
          poll();
        }
      });
  };

  async function claim() {
    const free = config.concurrency - inFlight.size;
    if (free <= 0) return;
    const rows = await db.query(claimStatement, [free, config.timeoutMs + leaseMarginMs]);
    for (const row of rows) {
      const attempt: Promise<void> = send(row)
        .catch((error: unknown) =>
          log.error("webhook attempt not recorded", { error: String(error) }),
        )
        .finally(() => {
          inFlight.delete(attempt);
          poll(); // the next event of its line may be due now
        });
      inFlight.add(attempt);
    }
  }

  async function send(row: Row) {
    const started = performance.now();
    const endpoint = toStoredEndpoint(row.endpoint as Row);
    const event = JSON.parse(row.body as string) as WebhookEvent;
    const now = new Date();
    const request = await deliveryRequest(event, signingSecrets(endpoint, now), now);
    const outcome = await deliver(endpoint.url, request, {
      timeoutMs: config.timeoutMs,
      allowPrivate: config.allowPrivate,
      ...(options.resolve ? { resolve: options.resolve } : {}),
    });
    const attempts = Number(row.attempts) + 1;
    const ms = Math.round(performance.now() - started);
    const fields = { endpointId: endpoint.id, eventId: event.id, attempts, ms };
    const answer = "status" in outcome ? outcome : undefined;
    const failure = failureOf(outcome);
    let status = "delivered";
    let next: Date | undefined;
    if (failure === undefined) {
      log.info("webhook delivered", { ...fields, status: answer?.status });
    } else {
      // The database's now, as the claim read it, advanced by the attempt's own duration.
      const dbNow = new Date(Date.parse(iso(row.claimed_at)) + ms);
      const queuedAt = new Date(iso(row.created_at));
      next = nextAttemptAt(attempts, queuedAt, dbNow, options.random, config.retryBaseMs);
      status = next ? "pending" : "failed";
      log.warn(next ? "webhook delivery failed; will retry" : "webhook delivery failed for good", {
        ...fields,
        ...(answer ? { status: answer.status } : {}),
        error: failure,
        ...(next ? { nextAttemptAt: next.toISOString() } : {}),
      });
    }
    await db.query(recordStatement, [
      endpoint.id,
      String(row.event_seq),
      status,
      next?.toISOString() ?? null,
      answer?.status ?? null,
      answer?.excerpt ?? null,
      "status" in outcome ? (outcome.error ?? null) : outcome.error,
      row.lease,
    ]);
  }

  const timer = setInterval(poll, config.pollMs);
  timer.unref();
  poll();
  return {
    nudge: poll,
    async stop() {
      stopping = true;
      clearInterval(timer);
      await claiming;
      await Promise.all(inFlight);
    },
  };
}

/** Why an attempt failed, or undefined when the receiver took the event. */
function failureOf(outcome: DeliveryOutcome): string | undefined {
  if (!("status" in outcome)) return outcome.error;
  if (outcome.error !== undefined) return outcome.error;
  return isAccepted(outcome.status) ? undefined : `answered ${outcome.status}`;
}
