import { deliveryRequest, isAccepted, nextAttemptAt, signingSecrets } from "@goalpost/backend";
import type { WebhookEvent } from "@goalpost/core/contract";
import type { WebhookConfig } from "../config/ServerConfig.ts";
import type { Database } from "../db/Database.ts";
import type { Logger } from "../ops/createLogger.ts";
import { type DeliveryOutcome, deliver, type Resolve } from "./deliver.ts";
import { type ClaimedDelivery, claimDeliveries, recordAttempt } from "./deliveryLeases.ts";

/** What a lease covers beyond the attempt's timeout: signing, and recording what came of it. */
export const leaseMarginMs = 5000;

/** The webhook worker of one server instance. */
export interface WebhookWorker {
  /**
   * Looks for due deliveries now, without waiting to poll (events were just written). Free
   * while no endpoint is enabled: a write then costs no claim query.
   */
  nudge(): void;
  /** An endpoint was created, enabled or replayed to on this instance: listen, and look now. */
  endpointsChanged(): void;
  /** Claims nothing more and resolves once the deliveries in flight are recorded. */
  stop(): Promise<void>;
}

/** Options of {@link startWebhookWorker}. */
export interface WorkerOptions {
  /** Where each attempt is logged: delivered (info), failed and retried or given up (warn). */
  log: Logger;
  /** Resolves receivers' host names. @default dns.lookup */
  resolve?: Resolve;
  /** The jitter of retries. @default Math.random */
  random?: () => number;
}

/**
 * Starts delivering the outbox: polls every `config.pollMs` (and when nudged) for due
 * deliveries, up to `config.concurrency` in flight, each signed with its endpoint's secrets at
 * the moment it is sent. A 2xx delivers; anything else is tried again with backoff and jitter
 * (`nextAttemptAt`) until the retry window is over, then the delivery has failed. A worker
 * that dies mid-delivery leaves a lease that runs out: the delivery is claimed again, with the
 * same event id (at least once).
 *
 * While no endpoint is enabled (as each poll reads, or as this instance was told through
 * `endpointsChanged`) nothing can be due, so nudges are dropped and a poll is one cheap read.
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
  /** Whether an endpoint is enabled, as last read (or as this instance was told). */
  let listening = false;
  let reading: Promise<void> | undefined;

  /** Each tick: whether anyone listens (another instance may have changed the endpoints). */
  const tick = () => {
    if (stopping || reading) return;
    reading = anyEndpointEnabled(db)
      .then((enabled) => {
        listening = enabled;
        if (enabled) poll();
      })
      .catch((error: unknown) => log.error("webhook endpoints not read", { error: String(error) }))
      .finally(() => {
        reading = undefined;
      });
  };

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
    const claimed = await claimDeliveries(db, free, config.timeoutMs + leaseMarginMs);
    for (const delivery of claimed) {
      const attempt: Promise<void> = send(delivery)
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

  async function send(claimed: ClaimedDelivery) {
    const started = performance.now();
    const { endpoint } = claimed;
    const event = JSON.parse(claimed.body) as WebhookEvent;
    const now = new Date();
    const request = await deliveryRequest(event, signingSecrets(endpoint, now), now);
    const outcome = await deliver(endpoint.url, request, {
      timeoutMs: config.timeoutMs,
      allowPrivate: config.allowPrivate,
      ...(options.resolve ? { resolve: options.resolve } : {}),
    });
    const attempts = claimed.attempts + 1;
    const ms = Math.round(performance.now() - started);
    const answer = "status" in outcome ? outcome : undefined;
    const fields = { endpointId: endpoint.id, eventId: event.id, attempts, ms };
    const failure = failureOf(outcome);
    let next: Date | undefined;
    if (failure === undefined) {
      log.info("webhook delivered", { ...fields, status: answer?.status });
    } else {
      // The database's now, as the claim read it, advanced by the attempt's own duration.
      const dbNow = new Date(claimed.claimedAt.getTime() + ms);
      next = nextAttemptAt(attempts, claimed.queuedAt, dbNow, options.random, config.retryBaseMs);
      log.warn(next ? "webhook delivery failed; will retry" : "webhook delivery failed for good", {
        ...fields,
        ...(answer ? { status: answer.status } : {}),
        error: failure,
        ...(next ? { nextAttemptAt: next.toISOString() } : {}),
      });
    }
    await recordAttempt(db, claimed, {
      status: failure === undefined ? "delivered" : next ? "pending" : "failed",
      nextAttemptAt: next,
      responseStatus: answer?.status,
      responseExcerpt: answer?.excerpt,
      error: outcome.error,
    });
  }

  const timer = setInterval(tick, config.pollMs);
  timer.unref();
  tick();
  return {
    nudge: () => {
      if (listening) poll();
    },
    endpointsChanged: () => {
      listening = true; // until the next tick reads otherwise
      poll();
    },
    async stop() {
      stopping = true;
      clearInterval(timer);
      await reading;
      await claiming;
      await Promise.all(inFlight);
    },
  };
}

async function anyEndpointEnabled(db: Database): Promise<boolean> {
  const [row] = await db.query<{ enabled: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled) AS enabled",
  );
  return row?.enabled === true;
}

/** Why an attempt failed, or undefined when the receiver took the event. */
function failureOf(outcome: DeliveryOutcome): string | undefined {
  if (!("status" in outcome)) return outcome.error;
  if (outcome.error !== undefined) return outcome.error;
  return isAccepted(outcome.status) ? undefined : `answered ${outcome.status}`;
}
