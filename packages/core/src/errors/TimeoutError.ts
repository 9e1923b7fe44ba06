import { GoalpostError, isGoalpostErrorNamed } from "./GoalpostError.ts";

/** The server did not answer within the client's timeout. */
export class TimeoutError extends GoalpostError {
  override name = "TimeoutError";

  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`${method} ${url} timed out after ${timeoutMs} ms`, options);
  }
}

/** Whether `error` is a {@link TimeoutError}, from any copy of the SDK ({@link isGoalpostError}). */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return isGoalpostErrorNamed(error, "TimeoutError");
}
