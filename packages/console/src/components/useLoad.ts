import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";

/** What a read stands at: loading, its result, or its failure. */
export type Loaded<T> =
  | { state: "loading"; stale?: T }
  | { state: "ready"; value: T }
  | { state: "failed"; error: unknown };

/**
 * Runs `load` whenever `key` changes and keeps the latest answer only: an answer that a newer
 * read overtook is dropped. While a new read runs, the last answer stays as `stale`, so what is
 * shown (and the control that has focus) stays in place until the new one arrives.
 */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const result = useSignal<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    const last = result.peek();
    const stale =
      last.state === "ready" ? last.value : last.state === "loading" ? last.stale : undefined;
    result.value = stale === undefined ? { state: "loading" } : { state: "loading", stale };
    load().then(
      (value) => {
        if (current) result.value = { state: "ready", value };
      },
      (error: unknown) => {
        if (current) result.value = { state: "failed", error };
      },
    );
    return () => {
      current = false;
    };
    // `key` says when the read changes; `load` is made anew each render.
  }, [key]);
  return result;
}
