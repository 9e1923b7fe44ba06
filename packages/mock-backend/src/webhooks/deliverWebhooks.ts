import {
  deliveryLimits,
  deliveryRequest,
  isAccepted,
  nextAttemptAt,
  responseExcerpt,
  type StoredWebhookEndpoint,
  signingSecrets,
} from "@goalpost/backend";
import type { WebhookEvent } from "@goalpost/core/contract";
import { bypass } from "msw";
import type { BackendContext } from "../BackendContext.ts";
import type { MockDb, StoredWebhookDelivery } from "../store/MockDb.ts";

/** How many attempts the mock makes at one delivery before it marks it failed: 1 and 3 retries. */
export const mockDeliveryAttempts = 4;

/** What an attempt got: the receiver's status and the start of its answer, or why none came. */
type Outcome = { status: number; excerpt: string } | { error: string };

/** One endpoint's queue for one account: an attempt under way, or a retry waiting for its time. */
interface Queue {
  running: boolean;
  retry?: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The mock's delivery of webhooks, in the background of the requests that wrote them: per
 * endpoint and account one delivery at a time, in the order of the events (a delivery waiting
 * for its retry holds back the account's later ones, as on the server), each POSTed signed with
 * a timeout, the attempt recorded in the delivery log. Unlike the server's worker it keeps its
 * queues in memory (retries happen only while this process or page runs; pending deliveries
 * loaded from storage go out on the next request), gives up after {@link mockDeliveryAttempts}
 * attempts rather than a day, and does not check where a URL resolves to (no SSRF guard: it
 * runs on the developer's machine).
 */
export function createWebhookDelivery(backend: BackendContext): { wake(): void } {
  const queues = new Map<string, Queue>();

  async function drain(key: string, endpointId: string, accountId: string): Promise<void> {
    const queue: Queue = queues.get(key) ?? { running: false };
    queues.set(key, queue);
    queue.running = true;
    try {
      for (;;) {
        const { db } = backend;
        const endpoint = db.webhookEndpoints.find((e) => e.id === endpointId);
        const head = endpoint?.status === "enabled" ? headOf(db, endpointId, accountId) : undefined;
        if (!endpoint || !head) break;
        const outcome = await attempt(endpoint, head.event, backend.clock());
        // Recorded between requests: a write rolled back cannot undo the attempt.
        const waitMs = await backend.serialize(async () => record(backend, head.delivery, outcome));
        if (waitMs !== undefined) {
          queue.retry = setTimeout(() => {
            queue.retry = undefined;
            void drain(key, endpointId, accountId);
          }, waitMs);
          // A retry pending must not keep a Node process (a test, the bin) from exiting.
          (queue.retry as { unref?: () => void }).unref?.();
          break;
        }
      }
    } catch (error) {
      // Nothing in the background may become an unhandled rejection; the delivery stays pending.
      console.error("[goalpost-mock] webhook delivery failed unexpectedly", error);
    } finally {
      queue.running = false;
      if (queue.retry === undefined) queues.delete(key);
    }
  }

  return {
    /** Starts the queue of each endpoint and account that has a delivery waiting and is idle. */
    wake() {
      const { db } = backend;
      const enabled = new Set(
        db.webhookEndpoints.filter((e) => e.status === "enabled").map((e) => e.id),
      );
      if (enabled.size === 0) return;
      for (const d of db.webhookDeliveries) {
        if (d.status !== "pending" || !enabled.has(d.endpointId)) continue;
        const key = JSON.stringify([d.endpointId, d.accountId]);
        const queue = queues.get(key);
        if (queue?.running || queue?.retry !== undefined) continue;
        void drain(key, d.endpointId, d.accountId);
      }
    },
  };
}

/** The next delivery of an endpoint to an account: its pending one of the earliest event. */
function headOf(
  db: MockDb,
  endpointId: string,
  accountId: string,
): { delivery: StoredWebhookDelivery; event: WebhookEvent } | undefined {
  const pending = db.webhookDeliveries.filter(
    (d) => d.endpointId === endpointId && d.accountId === accountId && d.status === "pending",
  );
  if (pending.length === 0) return undefined;
  const waiting = new Set(pending.map((d) => d.eventId));
  const event = db.webhookEvents.find((e) => waiting.has(e.id));
  const delivery = event && pending.find((d) => d.eventId === event.id);
  return delivery && event ? { delivery, event } : undefined;
}

/**
 * POSTs one event. The signature's timestamp is the wall clock's, not the mock's (a scenario
 * may fix that one anywhere): receivers check it against their own clock. The request bypasses
 * msw, so that a receiver whose path looks like the contract's is not answered by the mock.
 */
async function attempt(
  endpoint: StoredWebhookEndpoint,
  event: WebhookEvent,
  now: Date,
): Promise<Outcome> {
  const { body, headers } = await deliveryRequest(event, signingSecrets(endpoint, now), new Date());
  try {
    const response = await globalThis.fetch(
      bypass(endpoint.url, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(deliveryLimits.timeoutMs),
      }),
    );
    return { status: response.status, excerpt: responseExcerpt(await startOf(response)) };
  } catch (error) {
    return { error: reasonOf(error) };
  }
}

/** The first {@link deliveryLimits.maxResponseBytes} of an answer, the rest left unread. */
async function startOf(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < deliveryLimits.maxResponseBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  void reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(bytes.subarray(0, deliveryLimits.maxResponseBytes));
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `no answer within ${deliveryLimits.timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${message} (${cause.code})` : message;
}

/**
 * Records an attempt in the log: delivered on a 2xx; otherwise pending with the time of its
 * retry (the shared backoff), or failed after the last attempt. Answers the wait before the
 * retry, if one is due. A delivery gone meanwhile (its endpoint deleted, the mock reset) or
 * replayed while the attempt ran is left as it is now.
 */
function record(
  backend: BackendContext,
  tried: StoredWebhookDelivery,
  outcome: Outcome,
): number | undefined {
  const { db } = backend;
  const index = db.webhookDeliveries.findIndex(
    (d) => d.endpointId === tried.endpointId && d.eventId === tried.eventId,
  );
  const current = db.webhookDeliveries[index];
  if (current?.status !== "pending" || current.attempts !== tried.attempts) {
    return undefined;
  }
  const now = backend.clock();
  const attempts = current.attempts + 1;
  const accepted = "status" in outcome && isAccepted(outcome.status);
  const retryAt =
    accepted || attempts >= mockDeliveryAttempts
      ? undefined
      : nextAttemptAt(attempts, new Date(current.createdAt), now);
  db.webhookDeliveries[index] = {
    endpointId: current.endpointId,
    eventId: current.eventId,
    accountId: current.accountId,
    status: accepted ? "delivered" : retryAt ? "pending" : "failed",
    attempts,
    createdAt: current.createdAt,
    lastAttemptAt: now.toISOString(),
    ...(retryAt ? { nextAttemptAt: retryAt.toISOString() } : {}),
    ...(accepted ? { deliveredAt: now.toISOString() } : {}),
    ...("status" in outcome
      ? { responseStatus: outcome.status, responseExcerpt: outcome.excerpt }
      : { error: outcome.error }),
  };
  backend.save();
  return retryAt && retryAt.getTime() - now.getTime();
}
