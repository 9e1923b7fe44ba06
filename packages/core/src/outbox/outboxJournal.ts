import { GoalpostError, isGoalpostError } from "../errors/GoalpostError.ts";
import type { OutboxEntry } from "./createOutbox.ts";
import type { OutboxStorage } from "./OutboxStorage.ts";
import {
  type OutboxDocument,
  type OutboxProblem,
  parseOutboxDocument,
  serializeOutboxDocument,
} from "./outboxDocument.ts";

/** How many delivered or discarded ids storage remembers for other tabs. */
const doneLimit = 100;

/** A change made to the freshly read document just before it is written back. */
export type OutboxChange = (document: OutboxDocument) => void;

/** Reads and writes one outbox key, merging with whatever another tab wrote meanwhile. */
export interface OutboxJournal {
  /** Storage merged with `known` (entries this outbox holds that storage lost). */
  read(known: readonly OutboxEntry[]): Promise<OutboxEntry[]>;
  /** Re-reads, merges with `known`, applies `change`, writes; resolves with the stored entries. */
  write(known: readonly OutboxEntry[], change: OutboxChange): Promise<OutboxEntry[]>;
  /** Marks an id as delivered or discarded, even if storing that fails. */
  forget(id: string): void;
}

/**
 * The storage side of the outbox. With a synchronous storage (localStorage) each read-change-write
 * runs without a pause, so two outboxes in one page cannot interleave; one outbox also queues its
 * own operations. Storage failures become a {@link GoalpostError}; unreadable content is reported.
 */
export function outboxJournal(
  storage: OutboxStorage,
  key: string,
  report: (problem: OutboxProblem) => void,
): OutboxJournal {
  // Ids this outbox delivered or discarded: never read back, even if storing that failed.
  const gone = new Set<string>();
  let copied: string | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  function locked<T>(task: () => T | PromiseLike<T>): Promise<T> {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  }

  function io<T>(action: string, run: () => T | PromiseLike<T>): T | Promise<T> {
    const fail = (error: unknown): never => {
      if (isGoalpostError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new GoalpostError(`Could not ${action} the outbox in storage "${key}": ${reason}`, {
        cause: error,
      });
    };
    try {
      const result = run();
      return isThenable(result) ? Promise.resolve(result).catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  }

  function load(known: readonly OutboxEntry[]): OutboxDocument | PromiseLike<OutboxDocument> {
    return chain(
      io("read", () => storage.getItem(key)),
      (text) => {
        const { document, problems } = parseOutboxDocument(text, key);
        for (const problem of problems) {
          if (problem.code === "unreadable_storage" && text !== copied) setAside(text as string);
          report(problem);
        }
        return merge(document, known);
      },
    );
  }

  function setAside(text: string) {
    copied = text;
    const failed = (error: unknown) => {
      report({
        code: "storage_failed",
        message: `Could not copy it to "${key}:unreadable".`,
        raw: error,
      });
    };
    try {
      const result = storage.setItem(`${key}:unreadable`, text);
      if (isThenable(result)) Promise.resolve(result).catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  function merge(document: OutboxDocument, known: readonly OutboxEntry[]): OutboxDocument {
    const done = new Set([...document.done, ...gone]);
    const byId = new Map(document.entries.filter((e) => !gone.has(e.id)).map((e) => [e.id, e]));
    for (const entry of known) {
      const stored = byId.get(entry.id);
      // attempts only grow, so the copy with more of them is the later one
      if (stored ? entry.attempts > stored.attempts : !done.has(entry.id))
        byId.set(entry.id, entry);
    }
    document.entries = [...byId.values()];
    document.done = [...done].slice(-doneLimit);
    return document;
  }

  return {
    read: (known) => locked(() => chain(load(known), (document) => document.entries)),
    write: (known, change) =>
      locked(() =>
        chain(load(known), (document) => {
          change(document);
          for (const id of gone) if (!document.done.includes(id)) gone.delete(id);
          const text = serializeOutboxDocument(document);
          return chain(
            io("write", () => storage.setItem(key, text)),
            () => document.entries,
          );
        }),
      ),
    forget: (id) => {
      gone.add(id);
    },
  };
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** Runs `next` at once on a plain value, after it on a promise: keeps sync storage sync. */
function chain<T, R>(
  value: T | PromiseLike<T>,
  next: (value: T) => R | PromiseLike<R>,
): R | PromiseLike<R> {
  return isThenable(value) ? Promise.resolve(value).then(next) : next(value);
}
