import { Problem } from "./Problem.ts";

/** Why a goal cannot be due at `dueAt`, or undefined when it can: the date must lie after `now`. */
export function checkDue(dueAt: string, now: Date): Problem | undefined {
  return Date.parse(dueAt) > now.getTime()
    ? undefined
    : Problem.invalid(["dueAt"], "must be in the future");
}
