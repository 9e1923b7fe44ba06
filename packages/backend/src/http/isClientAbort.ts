/** What Node throws when the connection under a request goes away (`aborted` is ECONNRESET). */
const connectionCodes = new Set(["ECONNRESET", "ERR_STREAM_PREMATURE_CLOSE", "ABORT_ERR"]);

/**
 * Whether `error` is the client's abort rather than a failure of the server: the request's
 * connection has gone (the client closed it, or a server timeout cut it off), and the error is
 * what reading from it then throws. Both must hold, so a database connection reset during a
 * request the client still waits for stays a server failure.
 */
export function isClientAbort(error: unknown, request: Request): boolean {
  if (!request.signal.aborted) return false;
  if (error === request.signal.reason) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return error.name === "AbortError" || (typeof code === "string" && connectionCodes.has(code));
}
