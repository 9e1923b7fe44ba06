import { GoalpostError, isGoalpostErrorNamed } from "./GoalpostError.ts";

/** The request never got an answer: offline, DNS, refused connection, CORS. */
export class NetworkError extends GoalpostError {
  override name = "NetworkError";

  constructor(
    readonly method: string,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(`${method} ${url} could not reach the server`, options);
  }
}

/** Whether `error` is a {@link NetworkError}, from any copy of the SDK ({@link isGoalpostError}). */
export function isNetworkError(error: unknown): error is NetworkError {
  return isGoalpostErrorNamed(error, "NetworkError");
}
