import { computed, signal } from "@preact/signals-core";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { amendIn } from "./amendIn.ts";
import type { Backoff } from "./backoffDelay.ts";
import type { Outbox, OutboxOptions } from "./Outbox.ts";
import type { OutboxEntry } from "./OutboxEntry.ts";
import { outboxDelivery } from "./outboxDelivery.ts";
import type { OutboxDocument, OutboxProblem } from "./outboxDocument.ts";
import { type OutboxChange, outboxJournal } from "./outboxJournal.ts";

export type { Outbox, OutboxOptions } from "./Outbox.ts";
export type { OutboxEntry } from "./OutboxEntry.ts";

/**
 * Creates the offline outbox: measurements (and their corrections and deletions, see `amend`) are
 * stored before anything is sent, sent one at a time, and removed from storage only once the
 * server has acknowledged them (2xx, a replay too).
 *
 * Exactly once: an entry keeps its client-generated id for life. If the page dies between the
 * server's answer and the removal, the next `start()` sends the same id again and the server
 * answers with the stored measurement instead of creating a second one. Transient failures
 * (offline, timeout, 408, 429, 5xx, 401) wait with exponential backoff; refusals (other 4xx, a
 * body failing the contract) become `rejected` until the user retries or discards them.
 * Outboxes in several tabs may share one key: each write re-reads storage and merges by id.
 *
 * @example
 * const outbox = createOutbox({ storage: webStorage(localStorage), key, send: client.createMeasurement });
 * await outbox.start();
 * await outbox.enqueue({ id: crypto.randomUUID(), agreementId, value: 42, source: "self" });
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { storage, key, onProblem } = options;
  const now = options.now ?? (() => Date.now());
  const entries = signal<readonly OutboxEntry[]>([]);
  const problems = signal<readonly OutboxProblem[]>([]);
  const reported = new Set<string>();
  const journal = outboxJournal(storage, key, report);
  let active = false;

  function report(problem: OutboxProblem) {
    const seen = `${problem.code} ${problem.message} ${JSON.stringify(problem.raw)}`;
    if (reported.has(seen)) return;
    reported.add(seen);
    problems.value = [...problems.peek(), problem];
    try {
      onProblem?.(problem);
    } catch (error) {
      void Promise.reject(error);
    }
  }

  function show(list: readonly OutboxEntry[]) {
    const sorted = [...list].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    if (JSON.stringify(sorted) !== JSON.stringify(entries.peek())) entries.value = sorted;
  }

  function storageFailed(error: unknown) {
    report({ code: "storage_failed", message: (error as Error).message, raw: error });
  }

  /** Writes what the server answered; if storage fails, memory still follows the answer. */
  async function commit(change: OutboxChange, local: (list: OutboxEntry[]) => OutboxEntry[]) {
    try {
      show(await journal.write(entries.peek(), change));
    } catch (error) {
      storageFailed(error);
      show(local([...entries.peek()]));
    }
  }

  const delivery = outboxDelivery({
    send: options.send,
    now,
    random: options.random ?? (() => Math.random()),
    setTimer: options.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer:
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)),
    isOnline: options.isOnline ?? (() => true),
    backoff: checkBackoff(options.backoff),
    onDelivered: options.onDelivered,
    onRejected: options.onRejected,
    isActive: () => active,
    entries: () => entries.peek(),
    async refresh() {
      await journal.read(entries.peek()).then(show, storageFailed);
    },
    update(changed) {
      const put = (list: OutboxEntry[]) => [...list.filter((e) => e.id !== changed.id), changed];
      // An entry another tab delivered or discarded meanwhile stays gone.
      return commit((doc) => {
        if (!doc.done.includes(changed.id)) doc.entries = put(doc.entries);
      }, put);
    },
    remove(id) {
      journal.forget(id);
      const without = (list: OutboxEntry[]) => list.filter((e) => e.id !== id);
      return commit((doc) => {
        doc.entries = without(doc.entries);
        doc.done.push(id);
      }, without);
    },
  });

  /** Changes one rejected entry at the user's request; throws when it is pending (or missing). */
  async function change(
    id: string,
    apply: (doc: OutboxDocument, entry: OutboxEntry) => string | undefined,
    missing?: string,
  ) {
    let problem: string | undefined;
    const stored = await journal.write(entries.peek(), (doc) => {
      const entry = doc.entries.find((e) => e.id === id);
      if (entry?.status === "rejected") problem = apply(doc, entry) ?? undefined;
      else problem = entry ? "is not rejected; it is still being sent" : missing;
    });
    show(stored);
    if (problem) throw new GoalpostError(`Outbox entry "${id}" ${problem}.`);
  }

  return {
    async start() {
      show(await journal.read(entries.peek()));
      active = true;
      delivery.reset();
      void delivery.flush();
    },
    async enqueue(body) {
      const id = body?.id;
      if (typeof id !== "string" || !id) {
        const issue = { path: ["id"], message: "must be the measurement's client-generated id" };
        throw new ValidationError("outbox entry", [issue]);
      }
      const at = now();
      // Sent later, the entry must still say when it was made.
      const stamped = body.at ? body : { ...body, at: new Date(at).toISOString() };
      let entry: OutboxEntry = {
        id,
        body: stamped,
        createdAt: at,
        attempts: 0,
        nextAttemptAt: at,
        status: "pending",
      };
      show(
        await journal.write(entries.peek(), (doc) => {
          // A double submit (same id again): the first entry stands.
          const queued = doc.entries.find((e) => e.id === id);
          if (!queued) doc.entries.push(entry);
          entry = queued ?? entry;
          doc.done = doc.done.filter((done) => done !== id);
        }),
      );
      void delivery.flush();
      return entry;
    },
    async amend(measurement, requested, id) {
      let carrier: OutboxEntry | undefined;
      const at = now();
      show(
        await journal.write(entries.peek(), (doc) => {
          carrier = amendIn(doc, measurement, requested, {
            id,
            at,
            sending: delivery.sending(),
            drop: (dropped) => {
              journal.forget(dropped);
              doc.done.push(dropped);
            },
          });
        }),
      );
      void delivery.flush();
      return carrier;
    },
    flush: delivery.flush,
    online: delivery.online,
    async discard(id) {
      await change(id, (doc) => {
        journal.forget(id);
        doc.entries = doc.entries.filter((e) => e.id !== id);
        doc.done.push(id);
      }); // already gone (another tab discarded it): nothing to do
    },
    async retry(id, body) {
      const measurementId = entries.peek().find((e) => e.id === id)?.body.id ?? id;
      if (body && body.id !== measurementId) {
        throw new GoalpostError(
          `A retry of outbox entry "${id}" must keep its id, not "${body.id}".`,
        );
      }
      await change(
        id,
        (doc, entry) => {
          if (body && body.id !== entry.body.id) return `must keep its id, not "${body.id}"`;
          const { error: _, ...rest } = entry;
          const fixed = body ? { ...body, at: body.at ?? entry.body.at } : entry.body;
          // A correction sends its patch: a corrected value goes there.
          const patch =
            entry.kind === "correct" && body ? { ...entry.patch, value: body.value } : entry.patch;
          const queued = {
            ...rest,
            body: fixed,
            ...(patch ? { patch } : {}),
            status: "pending",
            nextAttemptAt: now(),
          } as OutboxEntry;
          doc.entries = doc.entries.map((e) => (e.id === id ? queued : e));
        },
        "is not in the outbox",
      );
      void delivery.flush();
    },
    entries,
    pending: computed(() => entries.value.filter((e) => e.status === "pending").length),
    rejected: computed(() => entries.value.filter((e) => e.status === "rejected")),
    problems,
    stop() {
      active = false;
      delivery.reset();
    },
  };
}

function checkBackoff(backoff: Backoff = {}): Backoff {
  const { baseMs = 1000, maxMs = 60_000 } = backoff;
  // Timers cannot wait longer than 2^31 − 1 ms.
  if (!(baseMs > 0 && maxMs >= baseMs && maxMs < 2 ** 31)) {
    throw new GoalpostError(
      `Outbox backoff needs 0 < baseMs <= maxMs < 2^31, got ${baseMs} and ${maxMs}.`,
    );
  }
  return { baseMs, maxMs };
}
