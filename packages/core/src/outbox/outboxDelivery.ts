import type { Measurement } from "../contract/measurement.ts";
import { type Backoff, backoffDelay } from "./backoffDelay.ts";
import { classifyFailure } from "./classifyFailure.ts";
import type { OutboxOptions } from "./Outbox.ts";
import type { OutboxEntry } from "./OutboxEntry.ts";

/** The outbox's options with defaults applied, and its access to entries and storage. */
export interface DeliveryContext
  extends Required<
    Pick<OutboxOptions, "send" | "now" | "random" | "setTimer" | "clearTimer" | "isOnline">
  > {
  onDelivered: OutboxOptions["onDelivered"] | undefined;
  onRejected: OutboxOptions["onRejected"] | undefined;
  backoff: Backoff;
  isActive(): boolean;
  entries(): readonly OutboxEntry[];
  /** Re-reads storage into `entries()`. */
  refresh(): Promise<void>;
  update(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The sending side of the outbox: one run at a time, one request at a time, and its timer. */
export interface OutboxDelivery {
  flush(): Promise<void>;
  /** Sends every pending entry now, ignoring backoff. */
  online(): void;
  /** Clears the timer and the backoff hold; schedules again when the outbox is active. */
  reset(): void;
  /** The id of the entry being sent right now, if any. */
  sending(): string | undefined;
}

export function outboxDelivery(context: DeliveryContext): OutboxDelivery {
  const { send, now, isActive, entries } = context;
  const maxMs = context.backoff.maxMs ?? 60_000;
  // A wait longer than any backoff means the clock was set back: it must not stall the queue.
  const until = (time: number, at: number) => (time - at > maxMs ? at : time);
  let timer: { handle: unknown } | undefined;
  // After a transient failure nothing is sent before this time: the trouble likely concerns all.
  let holdUntil = 0;
  // Pending ids that online() asked to send regardless of their backoff.
  let forced = new Set<string>();
  let running: Promise<void> | undefined;
  let again = false;
  let current: string | undefined;

  /** Sends one entry; false when the run should stop (a transient failure, or stopped). */
  async function deliver(entry: OutboxEntry): Promise<boolean> {
    forced.delete(entry.id);
    let measurement: Measurement;
    current = entry.id;
    try {
      measurement = await send(entry.body, entry);
    } catch (error) {
      current = undefined;
      if (!isActive()) return false;
      const { retry, error: detail } = classifyFailure(error);
      const attempts = entry.attempts + 1;
      const wait = backoffDelay(attempts, context.random, context.backoff);
      const changed: OutboxEntry = retry
        ? { ...entry, attempts, error: detail, nextAttemptAt: now() + wait }
        : { ...entry, attempts, error: detail, status: "rejected" };
      await context.update(changed);
      if (!retry) return notify(() => context.onRejected?.(changed));
      holdUntil = changed.nextAttemptAt;
      forced.clear();
      return false;
    }
    current = undefined;
    // A stopped outbox leaves storage alone; the next one re-sends and the server replays.
    if (!isActive()) return false;
    await context.remove(entry.id);
    return notify(() => context.onDelivered?.(entry, measurement));
  }

  async function drain() {
    while (isActive() && context.isOnline()) {
      await context.refresh();
      const at = now();
      const due = sendable(entries()).filter(
        (e) => forced.has(e.id) || (until(holdUntil, at) <= at && until(e.nextAttemptAt, at) <= at),
      );
      // Oldest first; an entry that failed lines up behind those that became due before it.
      const next = due.sort(
        (a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt,
      )[0];
      if (!next || !(await deliver(next))) return;
    }
  }

  function schedule() {
    if (timer) context.clearTimer(timer.handle);
    timer = undefined;
    if (!isActive() || !context.isOnline()) return;
    let at = Number.POSITIVE_INFINITY;
    for (const e of sendable(entries())) at = Math.min(at, e.nextAttemptAt);
    if (at === Number.POSITIVE_INFINITY) return;
    const fire = () => {
      timer = undefined;
      void flush();
    };
    const t = now();
    const wait = Math.max(until(at, t), until(holdUntil, t)) - t;
    timer = { handle: context.setTimer(fire, Math.max(0, wait)) };
  }

  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    if (!isActive()) return Promise.resolve();
    // The run ends in the same step as its last check of `again`: a flush asked for while it
    // drained is run, never lost between the loop's end and the promise settling.
    running = (async () => {
      try {
        do {
          again = false;
          await drain();
        } while (again && isActive());
      } finally {
        running = undefined;
        schedule();
      }
    })();
    return running;
  }

  return {
    flush,
    online() {
      holdUntil = 0;
      forced = new Set(entries().flatMap((e) => (e.status === "pending" ? [e.id] : [])));
      void flush();
    },
    reset() {
      holdUntil = 0;
      forced.clear();
      schedule();
    },
    sending: () => current,
  };
}

/**
 * The pending entries that may go next: a correction or deletion waits for what comes before it
 * for the same measurement (the new entry itself, earlier corrections), however their retries
 * are timed, so the server always sees a measurement before its corrections, in order.
 */
function sendable(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const pending = entries.filter((e) => e.status === "pending");
  const waits = (e: OutboxEntry) =>
    pending.some(
      (o) =>
        o !== e &&
        o.body.id === e.body.id &&
        (o.createdAt < e.createdAt || (o.createdAt === e.createdAt && o.kind === undefined)),
    );
  return pending.filter((e) => !waits(e));
}

/** Runs a host callback; its error reaches the host's error reporting, not the outbox's loop. */
function notify(callback: () => void): true {
  try {
    callback();
  } catch (error) {
    void Promise.reject(error);
  }
  return true;
}
