import type { ReadonlySignal } from "@preact/signals";

/**
 * Waits until nothing waits to be sent, or `ms` at most; resolves with how many entries still
 * wait. Lets "Saved" be said when an entry reached the server at once, and the count otherwise.
 */
export function whenSent(pending: ReadonlySignal<number>, ms: number): Promise<number> {
  return new Promise((resolve) => {
    let stop = () => {};
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve(pending.peek());
    };
    const timer = setTimeout(done, ms);
    stop = pending.subscribe((count) => {
      if (count === 0) queueMicrotask(done);
    });
  });
}
