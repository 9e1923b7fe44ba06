import { ApiError } from "@goalpost/backend";
import { uniqueViolation } from "../db/uniqueViolation.ts";

/** What each unique index guards, said the way the contract's 409s say it. */
const conflicts: Record<string, string> = {
  agreements_one_open: "the metric is already agreed (by a request that came at the same time)",
  goals_one_active: "the agreement already has an active goal (set by a request at the same time)",
};

/**
 * Runs a write whose checks read before they write. When a concurrent request slipped in
 * between and a unique index refused the write, the answer is the same 409 the check would have
 * given a moment later, not a 500.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const message = constraint === undefined ? undefined : conflicts[constraint];
    if (message) throw new ApiError(409, message);
    throw error;
  }
}
