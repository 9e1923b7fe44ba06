import { GoalpostError, isGoalpostErrorNamed } from "./GoalpostError.ts";

/** One problem found by validation, with the path of the offending field. */
export interface ValidationIssue {
  /** Path into the validated value, e.g. `["actions", 0, "title"]`. Empty for the value itself. */
  path: (string | number)[];
  message: string;
  code?: string;
}

/**
 * Data failed the contract: a request body the SDK refused to send, or a server response that
 * does not match the contract (`where` says which).
 */
export class ValidationError extends GoalpostError {
  override name = "ValidationError";

  constructor(
    readonly where: string,
    readonly issues: ValidationIssue[],
    options?: ErrorOptions,
  ) {
    super(`${where} is invalid: ${describeIssues(issues)}`, options);
  }
}

/** Whether `error` is a {@link ValidationError}, from any copy of the SDK ({@link isGoalpostError}). */
export function isValidationError(error: unknown): error is ValidationError {
  return isGoalpostErrorNamed(error, "ValidationError");
}

function describeIssues(issues: ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}
