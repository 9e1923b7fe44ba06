import type { Goalpost, GoalpostSnapshot } from "@goalpost/core";
import { useSyncExternalStore } from "react";

/**
 * The Goalpost state as a plain, immutable snapshot; the component renders again whenever it
 * changes. `subscribe` and `getSnapshot` are stable functions of the store, and the snapshot
 * keeps its identity until something changes, as `useSyncExternalStore` requires.
 *
 * @example
 * const { status, agreements, error } = useGoalpost(goalpost);
 */
export function useGoalpost(goalpost: Goalpost): GoalpostSnapshot {
  return useSyncExternalStore(goalpost.subscribe, goalpost.getSnapshot);
}
