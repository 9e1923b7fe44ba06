import { Problem } from "@goalpost/core";
import { type ErrorIssue, errorCodes } from "@goalpost/core/contract";

/**
 * A failure a route answers with the contract's error body: `{ error: { code, message, issues? } }`.
 * Thrown inside a route; the route wrapper turns it into the response.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ErrorIssue[] | undefined;

  constructor(status: number, message: string, issues?: ErrorIssue[], code?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code ?? (errorCodes as Record<number, string>)[status] ?? "error";
    this.issues = issues;
  }

  /** 422 with a single field issue, worded as {@link Problem.invalid} words it. */
  static invalid(path: (string | number)[], message: string, code = "custom"): ApiError {
    const { message: sentence, issues } = Problem.invalid(path, message, code);
    return new ApiError(422, sentence, issues);
  }
}
