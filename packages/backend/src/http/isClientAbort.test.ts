import { describe, expect, it } from "vitest";
import { isClientAbort } from "./isClientAbort.ts";

/** A request whose connection is gone (its signal aborted), or still there. */
function request(gone: boolean): Request {
  const controller = new AbortController();
  if (gone) controller.abort(new Error("Client connection prematurely closed."));
  return new Request("http://goalpost.test/v1/pulses", { signal: controller.signal });
}
const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });

describe("isClientAbort", () => {
  it("is a reading error on a connection the client has left", () => {
    expect(isClientAbort(reset, request(true))).toBe(true);
    const gone = request(true);
    expect(isClientAbort(gone.signal.reason, gone)).toBe(true);
    expect(isClientAbort(new DOMException("aborted", "AbortError"), request(true))).toBe(true);
  });

  it("is not a connection reset while the client still waits (a database's, say)", () => {
    expect(isClientAbort(reset, request(false))).toBe(false);
  });

  it("is not a bug that happens to coincide with the client leaving", () => {
    expect(isClientAbort(new TypeError("x is undefined"), request(true))).toBe(false);
    expect(isClientAbort("aborted", request(true))).toBe(false);
  });
});
