import type { WebhookEvent } from "@goalpost/core/contract";
import { signatureHeader, signWebhook } from "./signature.ts";

/** How one delivery is made: its wait for an answer, and how much of the answer is kept. */
export const deliveryLimits = {
  /** The longest a receiver may take to answer, headers and body, in ms. */
  timeoutMs: 10_000,
  /** How much of an answer is read before the connection is dropped, in bytes. */
  maxResponseBytes: 4096,
  /** How much of an answer the delivery log keeps, in characters. */
  excerptChars: 256,
} as const;

/** How long a delivery is retried, from when its event was queued: a day. */
export const retryWindowMs = 24 * 3_600_000;

/** The first retry's wait; each further one doubles it, up to {@link maxRetryDelayMs}. */
export const firstRetryDelayMs = 30_000;

/** The longest wait between two attempts: two hours. */
export const maxRetryDelayMs = 2 * 3_600_000;

/** The request a delivery sends: the event as JSON, signed, with its id and type as headers too. */
export async function deliveryRequest(
  event: WebhookEvent,
  secrets: readonly string[],
  now: Date,
): Promise<{ body: string; headers: Record<string, string> }> {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "user-agent": "Goalpost-Webhooks/1",
      "goalpost-event-id": event.id,
      "goalpost-event-type": event.type,
      [signatureHeader]: await signWebhook(secrets, timestamp, body),
    },
  };
}

/** A receiver took the event when it answers 2xx; anything else, or no answer, is retried. */
export const isAccepted = (status: number) => status >= 200 && status < 300;

/** What the log keeps of an answer: its first {@link deliveryLimits.excerptChars} characters. */
export const responseExcerpt = (text: string) =>
  text.length > deliveryLimits.excerptChars
    ? `${text.slice(0, deliveryLimits.excerptChars - 1)}…`
    : text;

/**
 * When to try a delivery again after its `attempts`-th failed attempt at `now`: exponential
 * backoff from {@link firstRetryDelayMs} doubling to {@link maxRetryDelayMs}, with equal jitter
 * (half the wait fixed, half random, so that deliveries that failed together do not come back
 * together); undefined once the next attempt would fall past {@link retryWindowMs} from
 * `queuedAt`: the delivery has failed. About 23 attempts in the day, 9 of them in the first 3 hours.
 */
export function nextAttemptAt(
  attempts: number,
  queuedAt: Date,
  now: Date,
  random: () => number = Math.random,
  baseMs = firstRetryDelayMs,
): Date | undefined {
  const wait = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxRetryDelayMs);
  const next = now.getTime() + wait / 2 + random() * (wait / 2);
  return next - queuedAt.getTime() > retryWindowMs ? undefined : new Date(next);
}
