import { effect, type ReadonlySignal, signal } from "@preact/signals-core";

/** The longest delay `setTimeout` keeps (about 24.8 days); a later boundary is waited for in steps. */
const maxDelay = 2 ** 31 - 1;

/** The time the views read, moved on by one timer at the next boundary that matters. */
export interface Clock {
  /** Milliseconds since the epoch, as of the last tick. */
  readonly time: ReadonlySignal<number>;
  /**
   * Ticks `time` when the moment `next(time)` returns has come (undefined: no boundary, no timer).
   * `next` may read signals: when they change, the timer is set again for the new boundary.
   */
  follow(next: (time: number) => number | undefined): void;
  /** Reads the clock now (a session arrived, say), without waiting for a boundary. */
  tick(): void;
  /** Clears the timer and stops following. */
  stop(): void;
}

/**
 * A clock signal over `now`: nothing derived calls `now()` itself, so a view that depends on the
 * time (an overdue goal is missed) recomputes exactly when a boundary passes, and only then.
 */
export function createClock(now: () => number): Clock {
  const time = signal(now());
  let stopFollowing = () => {};
  return {
    time,
    follow(next) {
      stopFollowing();
      stopFollowing = effect(() => {
        const at = next(time.value);
        if (at === undefined) return;
        const handle = setTimeout(
          () => {
            time.value = now();
          },
          Math.min(Math.max(at - now(), 0), maxDelay),
        );
        return () => clearTimeout(handle);
      });
    },
    tick() {
      time.value = now();
    },
    stop() {
      stopFollowing();
      stopFollowing = () => {};
    },
  };
}
