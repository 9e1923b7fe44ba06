import type { ValidationIssue } from "../errors/ValidationError.ts";

/**
 * What a rule found wrong, as a plain value rather than a thrown error, so that the widget, the
 * store and every backend can call the same rule. The kinds are the contract's error codes: only
 * the HTTP edge turns one into a status (invalid 422, conflict 409, not_found 404, forbidden 403).
 */
export type Problem =
  | {
      kind: "invalid";
      /** The whole sentence, e.g. `dueAt must be in the future`. */
      message: string;
      /** Each input field at fault, by path; the first is the one `message` names. */
      issues: ValidationIssue[];
    }
  | { kind: "conflict" | "not_found" | "forbidden"; message: string };

const kinds: ReadonlySet<unknown> = new Set(["invalid", "conflict", "not_found", "forbidden"]);

/** Making and recognising problems. */
export const Problem = {
  /**
   * Input that cannot be taken: `message` is said of the field at `path`.
   * @example Problem.invalid(["dueAt"], "must be in the future") // "dueAt must be in the future"
   */
  invalid(
    path: (string | number)[],
    message: string,
    code = "custom",
  ): Extract<Problem, { kind: "invalid" }> {
    return {
      kind: "invalid",
      message: `${path.join(".") || "body"} ${message}`,
      issues: [{ path, message, code }],
    };
  },
  /** The request clashes with the state of what it names (an active goal already, a reused id). */
  conflict: (message: string): Problem => ({ kind: "conflict", message }),
  /** What the request names does not exist, or is not the caller's to know of. */
  notFound: (message: string): Problem => ({ kind: "not_found", message }),
  /** What the request names exists but is not the caller's to use. */
  forbidden: (message: string): Problem => ({ kind: "forbidden", message }),
  /** Whether a rule's answer is a problem rather than its result. */
  is(value: unknown): value is Problem {
    return (
      typeof value === "object" &&
      value !== null &&
      kinds.has((value as { kind?: unknown }).kind) &&
      typeof (value as { message?: unknown }).message === "string"
    );
  },
};
