import type { Context } from "hono";
import type { Logger } from "../ops/createLogger.ts";
import type { AppEnv } from "./AppEnv.ts";

/** The status of an abandoned request in the request log: nginx's "client closed request". */
const clientClosedRequest = 499;

/**
 * The answer to a request its client abandoned (see `isClientAbort`): an info line naming the
 * abort, without a stack, and status 499 rather than 500, so it is not counted as a failure of
 * the server. Nobody receives the answer: the connection is gone.
 */
export function answerClientAbort(c: Context<AppEnv>, log: Logger): Response {
  log.info("client aborted the request", {
    requestId: c.get("requestId"),
    method: c.req.method,
    path: c.req.path,
  });
  return new Response(null, { status: clientClosedRequest });
}
