import type { ErrorIssue } from "../contract/errors.ts";
import { isHttpError } from "../errors/HttpError.ts";
import { isNetworkError } from "../errors/NetworkError.ts";
import { isTimeoutError } from "../errors/TimeoutError.ts";
import { isValidationError } from "../errors/ValidationError.ts";

/** Why the last try of an outbox entry failed, in a form that survives JSON storage. */
export interface OutboxEntryError {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's error code, or `network`, `timeout`, `invalid` (failed the contract), `unexpected`. */
  code: string;
  message: string;
  /** The offending fields, for a 422 or a body that fails the contract. */
  issues?: { path: (string | number)[]; message: string }[];
}

/** What the outbox does with a failed entry: try again later, or hold it for the user. */
export interface Failure {
  retry: boolean;
  error: OutboxEntryError;
}

/**
 * Sorts a failed delivery into "retry later" and "rejected". Retried: no answer (network error,
 * timeout), 408, 429, 5xx, and 401 — the token may be renewed (`identify`) and the same entry then
 * goes through, so an expired session must not turn the user's entries into rejections. Rejected:
 * every other 4xx the API answered with its error body, and a body that fails the contract, as
 * sending it again cannot succeed. A 4xx without the API's error body came from something in
 * between (a proxy, a static server answering while the page unloads): retried, not rejected.
 * Errors that are not the SDK's own are retried: the entry keeps its id, so a retry is harmless.
 */
export function classifyFailure(error: unknown): Failure {
  if (isHttpError(error)) {
    const { status } = error;
    const server = error.body?.error;
    return {
      retry:
        server === undefined || status === 401 || status === 408 || status === 429 || status >= 500,
      error: {
        status,
        code: error.code,
        message: server?.message ?? error.message,
        ...(server?.issues && { issues: server.issues.map(toIssue) }),
      },
    };
  }
  if (isValidationError(error)) {
    const issues = error.issues.map(toIssue);
    return { retry: false, error: { code: "invalid", message: error.message, issues } };
  }
  const code = isTimeoutError(error) ? "timeout" : isNetworkError(error) ? "network" : "unexpected";
  const message = error instanceof Error ? error.message : String(error);
  return { retry: true, error: { code, message } };
}

function toIssue(issue: Pick<ErrorIssue, "path" | "message">) {
  return { path: issue.path, message: issue.message };
}
