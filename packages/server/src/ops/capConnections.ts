import type { Server } from "node:http";
import type { Logger } from "./createLogger.ts";

/** How often refused connections are logged at most, so that a flood does not flood the log. */
const warningIntervalMs = 60_000;

/**
 * Closes connections past `maxConnections` as they arrive, so idle or slow clients cannot use
 * up the process's sockets, and warns about it (at most once a minute, with the count).
 */
export function capConnections(server: Server, maxConnections: number, log: Logger): void {
  server.maxConnections = maxConnections;
  let refused = 0;
  let warnedAt = Number.NEGATIVE_INFINITY;
  server.on("drop", () => {
    refused++;
    if (Date.now() - warnedAt < warningIntervalMs) return;
    log.warn("connection refused: the server is at its connection cap", {
      maxConnections,
      refused,
    });
    refused = 0;
    warnedAt = Date.now();
  });
}
