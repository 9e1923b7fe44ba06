import { type SetupServer, setupServer } from "msw/node";
import type { MockBackend } from "./createMockBackend.ts";

export { type HttpServerHandle, type ServeHttpOptions, serveHttp } from "./serveHttp.ts";

/**
 * An msw server (Node's `fetch`, `http` and friends intercepted) with the backend's handlers.
 * Call `listen()` before your tests and `close()` after them.
 * @example
 * const server = createMockServer(createMockBackend());
 * server.listen({ onUnhandledRequest: "error" });
 */
export function createMockServer(backend: Pick<MockBackend, "handlers">): SetupServer {
  return setupServer(...backend.handlers);
}
