import type { Goalpost, OutboxStorage } from "@goalpost/core";
import { effect, type ReadonlySignal, signal } from "@preact/signals";

/** How many seen goal ids are kept per user: the newest, far more than a user has open. */
const keep = 200;

/** The reached goals the signed-in user has seen, kept per user in the widget's storage. */
export interface SeenGoals {
  /** Ids of reached goals the user has seen (their celebration was shown). */
  readonly ids: ReadonlySignal<ReadonlySet<string>>;
  /** Marks a reached goal as seen, here and in storage. */
  mark(goalId: string): void;
  /** Stops following the user; with `forget`, removes their marks from storage first. */
  stop(options?: { forget?: boolean }): void;
}

/**
 * Follows `goalpost.user`: on each user, starts from nothing and reads their marks from
 * `storage` (under the core's key for the user, `goalpost:<apiBase>:<account>:<user>:seen`).
 * Storage that fails only costs a badge shown again: it is never an error for the user.
 */
export function createSeenGoals(goalpost: Goalpost, storage: OutboxStorage, apiBase: string) {
  const ids = signal<ReadonlySet<string>>(new Set());
  let key = "";
  let loaded: Promise<unknown> = Promise.resolve();
  const quietly = (run: () => unknown) =>
    Promise.resolve()
      .then(run)
      .catch(() => {});
  const stopUser = effect(() => {
    const user = goalpost.user.value;
    const next = user ? `goalpost:${apiBase}:${user.accountId}:${user.id}:seen` : "";
    if (next === key) return;
    key = next;
    ids.value = new Set();
    if (!next) return;
    loaded = quietly(async () => {
      const text = await storage.getItem(next);
      const stored: unknown = text ? JSON.parse(text) : [];
      if (key !== next || !Array.isArray(stored)) return; // another user by now, or damaged
      const strings = stored.filter((id): id is string => typeof id === "string");
      ids.value = new Set([...strings, ...ids.peek()]);
    });
  });
  const seen: SeenGoals = {
    ids,
    mark(goalId) {
      if (!key || ids.peek().has(goalId)) return;
      ids.value = new Set([...ids.peek(), goalId]);
      const target = key;
      // After the user's stored marks are read, so the write keeps them; not for another user.
      loaded = loaded.then(
        () =>
          key === target &&
          quietly(() => storage.setItem(target, JSON.stringify([...ids.peek()].slice(-keep)))),
      );
    },
    stop(options) {
      stopUser();
      if (options?.forget && key) {
        const target = key;
        void loaded.then(() => quietly(() => storage.removeItem(target)));
      }
    },
  };
  return seen;
}
