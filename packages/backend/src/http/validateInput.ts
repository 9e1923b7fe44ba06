import { validateBody } from "@goalpost/core/contract";
import type * as z from "zod/mini";
import { ApiError } from "./ApiError.ts";

/**
 * Validates already parsed input (a body, a query) against a contract schema, or throws a 422
 * whose message names the first problem and whose issues name every one by path.
 */
export function validateInput<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  what: string,
): z.infer<T> {
  const result = validateBody(schema, input);
  if (result.success) return result.data;
  const { issues } = result;
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join(".")} ${first.message})` : "";
  throw new ApiError(422, `the ${what} is not valid${where}`, issues);
}
