import type { ErrorBody } from "../contract/errors.ts";
import { GoalpostError, isGoalpostErrorNamed } from "./GoalpostError.ts";

/** The server answered with a non-2xx status. `body` is the server's `{ error }` body when it sent one. */
export class HttpError extends GoalpostError {
  override name = "HttpError";
  /** Machine-readable code from the server's error body, or `http_<status>` when it sent none. */
  readonly code: string;

  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
    readonly method: string,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    const detail = body?.error.message ?? "no error body";
    super(`${method} ${url} failed with ${status}: ${detail}`, options);
    this.code = body?.error.code ?? `http_${status}`;
  }
}

/** Whether `error` is an {@link HttpError}, from any copy of the SDK ({@link isGoalpostError}). */
export function isHttpError(error: unknown): error is HttpError {
  return isGoalpostErrorNamed(error, "HttpError");
}
