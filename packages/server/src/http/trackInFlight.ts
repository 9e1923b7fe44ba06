/** Requests being answered right now, so that a shutdown can let them finish. */
export interface InFlight {
  /** Marks a request started; call the returned function once it is answered. */
  start(): () => void;
  /** Whether a shutdown has begun (the health check then answers 503). */
  readonly stopping: boolean;
  /** Begins a shutdown; resolves once no request is in flight. */
  drain(): Promise<void>;
}

/** A counter of requests in flight. */
export function trackInFlight(): InFlight {
  let count = 0;
  let stopping = false;
  let idle: (() => void) | undefined;
  return {
    start() {
      count += 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        count -= 1;
        if (count === 0) idle?.();
      };
    },
    get stopping() {
      return stopping;
    },
    drain() {
      stopping = true;
      if (count === 0) return Promise.resolve();
      return new Promise((resolve) => {
        idle = resolve;
      });
    },
  };
}
