import type { Agreement } from "../contract/agreement.ts";
import { Problem } from "./Problem.ts";

/**
 * Why entries cannot be logged or corrected on an agreement, or undefined when they can: only an
 * agreed metric takes them (a proposed one is not tracked yet; a retired one keeps its entries as
 * they are).
 */
export function checkLoggable(agreement: Pick<Agreement, "status">): Problem | undefined {
  return agreement.status === "agreed"
    ? undefined
    : Problem.conflict(
        `the agreement is ${agreement.status}; entries are logged and corrected on agreed metrics only`,
      );
}
