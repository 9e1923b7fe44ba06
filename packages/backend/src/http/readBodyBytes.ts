import { ApiError } from "./ApiError.ts";

/**
 * How much of an oversized body is read and dropped before answering 413. A client still sending
 * when the server answers and closes can lose the answer to a reset connection; reading on lets
 * it finish and read the 413. Past this, the rest is not waited for.
 */
const drainBytes = 8 * 1024 * 1024;

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
  if (declared > maxBytes) return refuse(reader, 0, declared, maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) return refuse(reader, size, declared, maxBytes);
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads and drops the rest of a body up to {@link drainBytes}, then throws the 413. */
async function refuse(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  read: number,
  declared: number,
  maxBytes: number,
): Promise<never> {
  let size = read;
  while (declared <= drainBytes && size <= drainBytes) {
    const { done, value } = await reader.read();
    if (done) throw tooLarge(maxBytes);
    size += value.byteLength;
  }
  // Not awaited: a cloned request's stream settles its cancel only once every clone cancels.
  reader.cancel().catch(() => undefined);
  throw tooLarge(maxBytes);
}
function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, `the body is larger than ${maxBytes} bytes`);
}
