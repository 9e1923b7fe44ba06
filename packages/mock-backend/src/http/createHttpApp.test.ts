import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockBackend } from "../createMockBackend.ts";
import { createHttpApp } from "./createHttpApp.ts";

afterEach(() => vi.restoreAllMocks());

/**
 * An upload whose body fails after its first bytes with `failure`; `leave` says whether the
 * client's connection is gone by then (the request's signal aborted, as @hono/node-server does).
 */
function upload(failure: Error, leave: boolean): Request {
  const connection = new AbortController();
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(stream) {
      if (!sent) {
        sent = true;
        stream.enqueue(new TextEncoder().encode('{"measurements":['));
        return;
      }
      if (leave) connection.abort(new Error("Client connection prematurely closed."));
      throw failure;
    },
  });
  return new Request("http://127.0.0.1/v1/ingest/measurements", {
    method: "POST",
    headers: { authorization: "Bearer demo-admin-key", "content-type": "application/json" },
    body,
    duplex: "half",
    signal: connection.signal,
  } as RequestInit);
}

const reset = () => Object.assign(new Error("aborted"), { code: "ECONNRESET" });

describe("the mock's HTTP app", () => {
  it("answers an abandoned upload as the client's abort (499), and logs no failure", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const app = createHttpApp(createMockBackend());
    const response = await app.fetch(upload(reset(), true));
    expect(response.status).toBe(499);
    expect(logged).not.toHaveBeenCalled();
  });

  it("still reports a reading failure while the client waits, as its own", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const app = createHttpApp(createMockBackend());
    const response = await app.fetch(upload(reset(), false));
    expect(response.status).toBe(500);
    expect(logged).toHaveBeenCalledWith("[goalpost-mock] could not answer", expect.any(Error));
  });
});
