/** Base class of every error the Goalpost SDK throws or reports. Branch on the subclasses. */
export class GoalpostError extends Error {
  override name = "GoalpostError";
}
