import type * as z from "zod/mini";
import { ApiError } from "./ApiError.ts";
import { validateInput } from "./validateInput.ts";

/** Validates a URL's query parameters against a strict schema; a repeated parameter is a 422. */
export function readQuery<T extends z.ZodMiniType>(url: URL, schema: T): z.infer<T> {
  const seen = new Set<string>();
  for (const key of url.searchParams.keys()) {
    if (seen.has(key)) throw ApiError.invalid([key], "must be given once");
    seen.add(key);
  }
  // fromEntries defines own properties, so even `__proto__` reaches the strict schema.
  return validateInput(schema, Object.fromEntries(url.searchParams), "query");
}
