import type { ReadonlySignal } from "@preact/signals-core";
import type {
  CreateMeasurementBody,
  Measurement,
  UpdateMeasurementBody,
} from "../contract/measurement.ts";
import type { Backoff } from "./backoffDelay.ts";
import type { OutboxEntry } from "./OutboxEntry.ts";
import type { OutboxStorage } from "./OutboxStorage.ts";
import type { OutboxProblem } from "./outboxDocument.ts";

/** What the outbox needs from its environment. Only `storage`, `key` and `send` are required. */
export interface OutboxOptions {
  storage: OutboxStorage;
  /** Storage key; the store namespaces it per deployment, account and user. */
  key: string;
  /**
   * Delivers one entry; resolves with the server's Measurement, rejects with the core's error
   * classes. A new measurement is `body`; a correction or deletion says so in `entry.kind`
   * (`PATCH` with `entry.patch`, `DELETE`, both of measurement `body.id`). It must settle: a
   * request that never answers holds the queue, so give the client a timeout (it then rejects
   * with a TimeoutError and the entry is retried).
   */
  send: (body: CreateMeasurementBody, entry: OutboxEntry) => Promise<Measurement>;
  /** @default Date.now */
  now?: () => number;
  /** Source of the retry jitter, in [0, 1). @default Math.random */
  random?: () => number;
  /** @default globalThis.setTimeout */
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** @default globalThis.clearTimeout */
  clearTimer?: (handle: unknown) => void;
  /** Nothing is sent while this says false; call `online()` when it changes. @default () => true */
  isOnline?: () => boolean;
  /** Retry waits: exponential with equal jitter. @default { baseMs: 1000, maxMs: 60_000 } */
  backoff?: Backoff;
  /** The server stored (or replayed) an entry. May come again for the same id after a reload. */
  onDelivered?: (entry: OutboxEntry, measurement: Measurement) => void;
  /** The server refused an entry for good (e.g. 422); it stays in `rejected`. */
  onRejected?: (entry: OutboxEntry) => void;
  /** Storage held something unreadable, or a write failed after the server answered. */
  onProblem?: (problem: OutboxProblem) => void;
}

/** A persistent queue of measurements that delivers each exactly once. See {@link createOutbox}. */
export interface Outbox {
  /** Loads what a previous page left in storage and starts flushing. Resolves when loaded. */
  start(): Promise<void>;
  /**
   * Persists the entry BEFORE resolving, then tries to send it (once started). Rejects (with
   * nothing stored) only if storage fails, or with a ValidationError when the body has no id.
   * The body's `id` is the entry's id; enqueueing an id already queued returns the queued entry.
   */
  enqueue(body: CreateMeasurementBody): Promise<OutboxEntry>;
  /**
   * Sends every due pending entry, oldest first, one request at a time; concurrent calls share one
   * run. Re-reads storage first, so it also picks up entries another tab left (call it on the
   * `storage` event). Does not reject on failed sends or storage: those land on the entries and
   * in `problems`.
   */
  flush(): Promise<void>;
  /**
   * Call when connectivity returns (or after a new token): sends now, ignoring the backoff wait.
   * Nothing is sent while `isOnline()` still says false.
   */
  online(): void;
  /**
   * Corrects (`patch`) or deletes (`"delete"`) measurement `measurement.id` through the queue, in
   * order after whatever waits for it, and persists that before resolving. A new measurement
   * still waiting that was never tried (or was refused) is amended or dropped in place, so the
   * server only ever sees what the user meant; one that was tried, is being sent, or was
   * delivered gets a correction entry (id `id`) sent after it. `measurement` is the measurement
   * as the caller sees it now. Resolves with the entry that carries the change, or undefined when
   * a deletion dropped an unsent entry.
   */
  amend(
    measurement: CreateMeasurementBody,
    change: UpdateMeasurementBody | "delete",
    id: string,
  ): Promise<OutboxEntry | undefined>;
  /** Drops a rejected entry the user has seen. Rejects for a pending entry; an unknown id is a no-op. */
  discard(id: string): Promise<void>;
  /**
   * Puts a rejected entry back in the queue (optionally with a corrected body, same id; its `at`
   * is kept when the new body has none). Rejects for an unknown or pending entry.
   */
  retry(id: string, body?: CreateMeasurementBody): Promise<void>;
  /** Every entry, pending and rejected, oldest first. */
  readonly entries: ReadonlySignal<readonly OutboxEntry[]>;
  /** How many entries still wait to be delivered. */
  readonly pending: ReadonlySignal<number>;
  /** Entries the server refused for good, for the user to retry or discard. */
  readonly rejected: ReadonlySignal<readonly OutboxEntry[]>;
  /** What storage held that could not be used, each reported once. */
  readonly problems: ReadonlySignal<readonly OutboxProblem[]>;
  /** Stops timers; entries stay in storage. Answers to sends still in flight are ignored. */
  stop(): void;
}
