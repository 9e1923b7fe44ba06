import type { Agreement } from "../contract/agreement.ts";
import { Problem } from "./Problem.ts";

/**
 * Why no new goal can be set on an agreement now, or undefined when one can: the metric must be
 * agreed (not proposed or retired), have a baseline to start from, and have no active goal.
 */
export function checkGoalStart(
  agreement: Pick<Agreement, "status" | "baseline">,
  activeGoalId: string | undefined,
): Problem | undefined {
  if (agreement.status !== "agreed") {
    return Problem.conflict(
      `the agreement is ${agreement.status}; only an agreed metric takes goals`,
    );
  }
  if (!agreement.baseline) {
    return Problem.invalid(
      ["agreementId"],
      "has no baseline yet; record one before setting a goal",
    );
  }
  if (activeGoalId !== undefined) {
    return Problem.conflict(`the agreement already has an active goal ("${activeGoalId}")`);
  }
  return undefined;
}
