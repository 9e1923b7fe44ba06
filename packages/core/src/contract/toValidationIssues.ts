import type * as z from "zod/mini";
import type { ValidationIssue } from "../errors/ValidationError.ts";

/**
 * Turns a zod error into {@link ValidationIssue}s with field paths. zod/mini loads no locale, so
 * its generic "Invalid input" is replaced by a short English description of the issue.
 *
 * @example
 * const result = CreateGoalBody.safeParse(body);
 * if (!result.success) throw new ValidationError("goal form", toValidationIssues(result.error));
 */
export function toValidationIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    // One issue per unknown field, at the field's own path, so a form can point at it.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"`,
        code: issue.code,
      }));
    }
    const message = issue.message === "Invalid input" ? describe(issue) : issue.message;
    return [{ path, message, code: issue.code }];
  });
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_small":
      return `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}${unitOf(issue.origin)}`;
    case "too_big":
      return `must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}${unitOf(issue.origin)}`;
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    default:
      return issue.message;
  }
}

function unitOf(origin: string): string {
  return origin === "string" ? " characters" : origin === "array" ? " items" : "";
}
