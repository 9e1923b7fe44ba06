import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { MockBackend } from "./createMockBackend.ts";
import { createHttpApp } from "./http/createHttpApp.ts";

/** Options of {@link serveHttp}. */
export interface ServeHttpOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
}

/** A running HTTP server. */
export interface HttpServerHandle {
  /** Its base URL, e.g. `http://127.0.0.1:4010`, with the real port. */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves the backend's msw handlers over real HTTP with `@hono/node-server`: msw's
 * `getResponse` finds each answer, and the user endpoints answer CORS for any origin.
 * @example
 * const { url, close } = await serveHttp(createMockBackend(), { port: 4010 });
 */
export async function serveHttp(
  backend: Pick<MockBackend, "handlers">,
  options: ServeHttpOptions,
): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  // Leave the host process's global Request and Response alone: msw and tests share them.
  const server = createAdaptorServer({
    fetch: createHttpApp(backend).fetch,
    overrideGlobalObjects: false,
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
