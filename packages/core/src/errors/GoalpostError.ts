// Registered, so every copy of the SDK on a page (the script tag's, an npm one) brands alike.
const brand = Symbol.for("goalpost.error");

/**
 * Base class of every error the Goalpost SDK throws or reports. Branch on the subclasses with
 * the `is…Error` guards, which also know errors made by another copy of the SDK on the page.
 */
export class GoalpostError extends Error {
  override name = "GoalpostError";

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    Object.defineProperty(this, brand, { value: true }); // not enumerable: not in logs or JSON
  }
}

/**
 * Whether `error` is a {@link GoalpostError}, made by this copy of the SDK or another one on the
 * page (the script tag beside an npm install), where `instanceof` fails: it checks the brand
 * every Goalpost error carries, not the prototype.
 * @example if (isGoalpostError(error)) showProblem(error.message);
 */
export function isGoalpostError(error: unknown): error is GoalpostError {
  return (error as { [brand]?: unknown } | null | undefined)?.[brand] === true;
}

/** Whether `error` is a Goalpost error of the class named `name`, from any copy of the SDK. */
export function isGoalpostErrorNamed(error: unknown, name: string): boolean {
  return isGoalpostError(error) && error.name === name;
}
