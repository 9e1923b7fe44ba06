import { limits, validateBody } from "@goalpost/core";
import type * as z from "zod/mini";
import { ApiError } from "./ApiError.ts";

/**
 * Reads and validates a JSON request body: 400 for a missing or wrong content type, an empty
 * body or malformed JSON; 413 above `maxBytes` (`limits.maxBodyBytes` unless given); 422 with field issues when the
 * schema rejects it or it carries an unknown field at any depth.
 */
export async function readJsonBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
  maxBytes: number = limits.maxBodyBytes,
): Promise<z.infer<T>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError(400, "the body must be JSON, sent with Content-Type: application/json");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  if (bytes.byteLength === 0)
    throw new ApiError(400, "the body is empty; a JSON object is expected");

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "it is not valid UTF-8";
    throw new ApiError(400, `the body is not valid JSON: ${reason}`);
  }
  return validate(schema, parsed, "body");
}

/** Validates already parsed input against a schema, or throws 422 with the issues. */
export function validate<T extends z.ZodMiniType>(
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

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `the body is larger than ${maxBytes} bytes`);
}
