import { GoalpostError } from "@goalpost/core";

/**
 * A host-side mistake (a bad option, an unknown command): warned about in the console for the
 * developer, and returned as an error for the `error` event. Never thrown into the host page.
 */
export function misuse(message: string): GoalpostError {
  console.warn(`Goalpost: ${message}`);
  return new GoalpostError(message);
}
