import { ApiError } from "./ApiError.ts";

/**
 * How much of an oversized body is read and dropped before answering 413. A client still sending
 * when the server answers and closes can lose the answer to a reset connection; reading on lets
 * it finish and read the 413. Past this, the rest is not waited for.
 */
const drainBytes = 8 * 1024 * 1024;

/** A body's chunks as a runtime delivers them: a web stream's reader, or a Node stream's. */
export interface BodyChunks {
  read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
  /** Stops reading (the rest is not waited for). */
  cancel(): void;
}

/**
 * A request's body as bytes, read chunk by chunk so that an oversized body is refused (413)
 * as soon as it passes `maxBytes`, without holding the rest of it in memory.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!request.body) {
    if (declared > maxBytes) throw tooLarge(maxBytes);
    return new Uint8Array(0);
  }
  const reader = request.body.getReader();
  return readBodyChunks(
    {
      read: () => reader.read(),
      // Not awaited: a cloned request's stream settles its cancel only once every clone cancels.
      cancel: () => void reader.cancel().catch(() => undefined),
    },
    declared,
    maxBytes,
  );
}

/**
 * {@link readBodyBytes} over any runtime's chunks, `declared` being the request's
 * Content-Length (0 when it has none): the same limits and the same 413.
 */
export async function readBodyChunks(
  chunks: BodyChunks,
  declared: number,
  maxBytes: number,
): Promise<Uint8Array> {
  if (declared > maxBytes) return refuse(chunks, 0, declared, maxBytes);
  const read: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await chunks.read();
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) return refuse(chunks, size, declared, maxBytes);
    read.push(value);
  }
  if (read.length === 1 && read[0]) return read[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of read) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads and drops the rest of a body up to {@link drainBytes}, then throws the 413. */
async function refuse(
  chunks: BodyChunks,
  read: number,
  declared: number,
  maxBytes: number,
): Promise<never> {
  let size = read;
  while (declared <= drainBytes && size <= drainBytes) {
    const { done, value } = await chunks.read();
    if (done || !value) throw tooLarge(maxBytes);
    size += value.byteLength;
  }
  chunks.cancel();
  throw tooLarge(maxBytes);
}
function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `the body is larger than ${maxBytes} bytes`);
}
