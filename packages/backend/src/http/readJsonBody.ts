import { limits } from "@goalpost/core/contract";
import type * as z from "zod/mini";
import { ApiError } from "./ApiError.ts";
import { readBodyBytes } from "./readBodyBytes.ts";
import { validateInput } from "./validateInput.ts";

/**
 * Reads a request's body as bytes, refusing one past `maxBytes` with 413 as soon as it passes
 * it: {@link readBodyBytes} (the web stream) unless a runtime reads its own stream directly.
 */
export type BodyReader = (request: Request, maxBytes: number) => Promise<Uint8Array>;

/**
 * Reads and validates a JSON request body: 400 for a missing or wrong content type, an empty
 * body or malformed JSON; 413 above `maxBytes` (`limits.maxBodyBytes` unless given); 422 with
 * field issues when the schema rejects it or it carries an unknown field at any depth.
 */
export async function readJsonBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
  maxBytes: number = limits.maxBodyBytes,
  readBytes: BodyReader = readBodyBytes,
): Promise<z.infer<T>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError(400, "the body must be JSON, sent with Content-Type: application/json");
  }
  const bytes = await readBytes(request, maxBytes);
  // A client that left mid-body is its abort, not malformed JSON: the edge logs it as such.
  if (request.signal.aborted) throw abortError(request.signal.reason);
  if (bytes.byteLength === 0)
    throw new ApiError(400, "the body is empty; a JSON object is expected");

  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "it is not valid UTF-8";
    throw new ApiError(400, `the body is not valid JSON: ${reason}`);
  }
  return validateInput(schema, parsed, "body");
}

/**
 * The abort's reason as an `Error`: `@hono/node-server` aborts with a string ("Client connection
 * prematurely closed."), and Hono's error handler sees only thrown `Error`s (anything else escapes
 * it and is logged with the unset answer's status, 200).
 */
function abortError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  return new DOMException(
    typeof reason === "string" ? reason : "the request was aborted",
    "AbortError",
  );
}
