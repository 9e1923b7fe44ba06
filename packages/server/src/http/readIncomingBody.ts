import type { IncomingMessage } from "node:http";
import { type BodyReader, readBodyBytes, readBodyChunks } from "@goalpost/backend";

/**
 * The request's body read straight from Node's stream when the app runs behind
 * `@hono/node-server` (its `incoming` in the context's env), without going through a web
 * stream: the same limits and 413 as `readBodyBytes`, which serves any other runtime.
 */
export function readIncomingBody(env: unknown): BodyReader {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || typeof incoming.on !== "function" || incoming.readableDidRead) {
    return readBodyBytes;
  }
  return (request, maxBytes) => {
    const chunks = incoming[Symbol.asyncIterator]();
    return readBodyChunks(
      {
        read: () => chunks.next() as Promise<{ done: boolean; value?: Uint8Array }>,
        cancel: () => void chunks.return?.(),
      },
      Number(request.headers.get("content-length") ?? "0"),
      maxBytes,
    );
  };
}
