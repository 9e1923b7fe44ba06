import type { Goal } from "@goalpost/core/contract";
import { settleDue } from "./settleDue.ts";

/** Settles every goal of a list in place at `now` (see {@link settleDue}). */
export function settleGoals(goals: readonly Goal[], now: Date): void {
  for (const goal of goals) Object.assign(goal, settleDue(goal, now));
}
