/**
 * The constraint a statement broke when it failed on a unique violation (SQLSTATE 23505), or
 * undefined for any other failure. postgres.js names it `constraint_name`, PGlite `constraint`.
 */
export function uniqueViolation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, constraint_name, constraint } = error as Record<string, unknown>;
  if (code !== "23505") return undefined;
  const name = constraint_name ?? constraint;
  return typeof name === "string" ? name : "";
}
