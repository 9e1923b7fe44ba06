import { describe, expect, it } from "vitest";
import { HttpError } from "../errors/HttpError.ts";
import { NetworkError } from "../errors/NetworkError.ts";
import { TimeoutError } from "../errors/TimeoutError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { classifyFailure } from "./classifyFailure.ts";

/** An answer of the API: its error body says what it refused. */
const http = (status: number) =>
  new HttpError(
    status,
    { error: { code: `refused_${status}`, message: "refused" } },
    "POST",
    "/v1/measurements",
  );

describe("classifyFailure", () => {
  it("retries what may go through later: 401, 408, 429 and 5xx", () => {
    for (const status of [401, 408, 429, 500, 502, 503, 504]) {
      expect(classifyFailure(http(status))).toMatchObject({ retry: true, error: { status } });
    }
  });

  it("rejects the refusals that sending again cannot fix", () => {
    for (const status of [400, 403, 404, 409, 413, 422]) {
      expect(classifyFailure(http(status))).toMatchObject({
        retry: false,
        error: { status, code: `refused_${status}` },
      });
    }
  });

  it("retries a 4xx without the API's error body: something in between answered, not the API", () => {
    for (const status of [400, 404, 405, 409]) {
      const bodiless = new HttpError(status, undefined, "POST", "/v1/measurements");
      expect(classifyFailure(bodiless)).toMatchObject({
        retry: true,
        error: { status, code: `http_${status}` },
      });
    }
  });

  it("keeps the server's code, message and issues", () => {
    const issues = [{ path: ["value"], message: "too big", code: "too_big" }];
    const error = new HttpError(
      422,
      { error: { code: "invalid", message: "Nope", issues } },
      "POST",
      "/x",
    );
    expect(classifyFailure(error)).toEqual({
      retry: false,
      error: {
        status: 422,
        code: "invalid",
        message: "Nope",
        issues: [{ path: ["value"], message: "too big" }],
      },
    });
  });

  it("retries network errors and timeouts, rejects a body failing the contract", () => {
    expect(classifyFailure(new NetworkError("POST", "/x")).error.code).toBe("network");
    expect(classifyFailure(new TimeoutError("POST", "/x", 5000))).toMatchObject({
      retry: true,
      error: { code: "timeout" },
    });
    const invalid = new ValidationError("body", [{ path: ["note"], message: "too long" }]);
    expect(classifyFailure(invalid)).toMatchObject({
      retry: false,
      error: { code: "invalid", issues: [{ path: ["note"], message: "too long" }] },
    });
  });

  it("knows the errors of another copy of the SDK by their brand and name", () => {
    const brand = Symbol.for("goalpost.error");
    const body = { error: { code: "invalid", message: "no" } };
    const refused = { name: "HttpError", [brand]: true, status: 422, code: "invalid", body };
    expect(classifyFailure(refused)).toMatchObject({ retry: false, error: { status: 422 } });
    const timeout = Object.assign(new Error("slow"), { name: "TimeoutError", [brand]: true });
    expect(classifyFailure(timeout).error.code).toBe("timeout");
  });

  it("retries an error that is not the SDK's own, since the id makes a retry harmless", () => {
    expect(classifyFailure(new TypeError("Failed to fetch"))).toEqual({
      retry: true,
      error: { code: "unexpected", message: "Failed to fetch" },
    });
  });
});
