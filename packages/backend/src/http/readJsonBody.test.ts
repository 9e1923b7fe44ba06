import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ApiError } from "./ApiError.ts";
import { readJsonBody } from "./readJsonBody.ts";

const schema = z.object({ n: z.number() });

function request(body: string, signal?: AbortSignal): Request {
  return new Request("http://goalpost.test/v1/x", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...(signal ? { signal } : {}),
  });
}

describe("readJsonBody", () => {
  it("reads a valid body", async () => {
    await expect(readJsonBody(request('{"n":1}'), schema)).resolves.toEqual({ n: 1 });
  });

  it("answers 400 for malformed JSON while the client is still there", async () => {
    const error = await readJsonBody(request('{"n":'), schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });

  it("throws the abort, as an Error, when the client left mid-body (the reason a string)", async () => {
    const controller = new AbortController();
    controller.abort("Client connection prematurely closed.");
    const error = await readJsonBody(request('{"n":', controller.signal), schema).catch(
      (e: unknown) => e,
    );
    // Hono's error handler sees only Errors: a thrown string would escape it.
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "AbortError",
      message: "Client connection prematurely closed.",
    });
  });

  it("throws an Error reason as it is", async () => {
    const controller = new AbortController();
    const reason = new Error("reset");
    controller.abort(reason);
    await expect(readJsonBody(request('{"n":1}', controller.signal), schema)).rejects.toBe(reason);
  });
});
