import type * as z from "zod/mini";
import type { ValidationIssue } from "../errors/ValidationError.ts";
import { toValidationIssues } from "./toValidationIssues.ts";

/**
 * Validates a request body the contract's way: the schema, and no unknown field at any depth
 * (nested objects of the contract accept extra fields when reading responses, so that servers
 * can add fields; a request must not carry any).
 */
export function validateBody<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
): { success: true; data: z.output<T> } | { success: false; issues: ValidationIssue[] } {
  const result = schema.safeParse(input);
  if (!result.success) return { success: false, issues: toValidationIssues(result.error) };
  const issues = unknownFields(input, result.data, []);
  return issues.length ? { success: false, issues } : { success: true, data: result.data };
}

function unknownFields(
  input: unknown,
  output: unknown,
  path: (string | number)[],
): ValidationIssue[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => unknownFields(item, output[i], [...path, i]));
  }
  if (!isRecord(input) || !isRecord(output)) return [];
  // Own fields only: `key in output` would take "constructor" or "__proto__" for known fields.
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(output, key)
      ? unknownFields(input[key], output[key], [...path, key])
      : [{ path: [...path, key], message: `unknown field "${key}"`, code: "unrecognized_keys" }],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
