import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";

/** What a read stands at: loading, its result, or its failure. */
export type Loaded<T> =
  | { state: "loading" }
  | { state: "ready"; value: T }
  | { state: "failed"; error: unknown };

/**
 * Runs `load` whenever `key` changes and keeps the latest answer only: an answer that a newer
 * read overtook is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const result = useSignal<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    result.value = { state: "loading" };
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
