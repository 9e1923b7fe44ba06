import type { ServerOptions } from "node:http";
import type { ServerConfig } from "../config/ServerConfig.ts";

/**
 * The Node HTTP server options that bound what a slow or idle client can hold: the headers and
 * the whole request (body included) must arrive within their timeouts, else the client gets 408
 * and its connection closes, and a kept-alive connection may idle for `idleTimeoutMs`.
 */
export function connectionTimeouts(
  limits: Pick<ServerConfig, "headersTimeoutMs" | "requestTimeoutMs" | "idleTimeoutMs">,
): ServerOptions {
  const shorter = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.idleTimeoutMs,
    // Node checks the two timeouts only this often (30 s by default): a quarter of the
    // shorter one, at most a second, so a connection is cut close to its deadline.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(shorter / 4))),
  };
}
