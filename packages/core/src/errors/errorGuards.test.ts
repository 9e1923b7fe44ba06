import { describe, expect, it, vi } from "vitest";
import { GoalpostError, isGoalpostError } from "./GoalpostError.ts";
import { HttpError, isHttpError } from "./HttpError.ts";
import { isNetworkError, NetworkError } from "./NetworkError.ts";
import { isTimeoutError, TimeoutError } from "./TimeoutError.ts";
import { isValidationError, ValidationError } from "./ValidationError.ts";

const guards = { isHttpError, isNetworkError, isTimeoutError, isValidationError };

const errors = {
  isHttpError: new HttpError(503, undefined, "GET", "/v1/session"),
  isNetworkError: new NetworkError("GET", "/v1/session"),
  isTimeoutError: new TimeoutError("GET", "/v1/session", 10_000),
  isValidationError: new ValidationError("setGoal", [{ path: ["target"], message: "too low" }]),
};

describe("the error guards", () => {
  it("know each error of this copy by its class, and tell the classes apart", () => {
    for (const [guardName, error] of Object.entries(errors)) {
      expect(isGoalpostError(error)).toBe(true);
      for (const [name, guard] of Object.entries(guards)) {
        expect(guard(error), `${name}(${error.name})`).toBe(name === guardName);
      }
    }
    expect(isGoalpostError(new GoalpostError("plain"))).toBe(true);
    expect(isHttpError(new GoalpostError("plain"))).toBe(false);
  });

  it("know the errors of another copy of the SDK, where instanceof fails", async () => {
    vi.resetModules(); // a second copy of the modules, as the script tag beside an npm install
    const copy = await import("./HttpError.ts");
    const other = new copy.HttpError(401, undefined, "GET", "/v1/session");
    expect(other instanceof HttpError).toBe(false);
    expect(isHttpError(other)).toBe(true);
    expect(isGoalpostError(other)).toBe(true);
    expect(isNetworkError(other)).toBe(false);
    expect(other.status).toBe(401);
  });

  it("know an error that only carries the brand and the name, whatever made it", () => {
    const brand = Symbol.for("goalpost.error");
    class ElsewhereTimeout extends Error {
      override name = "TimeoutError";
      readonly [brand] = true;
    }
    expect(isTimeoutError(new ElsewhereTimeout())).toBe(true);
    const plain = { name: "ValidationError", [brand]: true, where: "setGoal", issues: [] };
    expect(isValidationError(plain)).toBe(true);
    expect(isHttpError(plain)).toBe(false);
  });

  it("refuse errors without the brand: a name alone (ky's TimeoutError) is not enough", () => {
    const kyTimeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    expect(isTimeoutError(kyTimeout)).toBe(false);
    expect(isGoalpostError(kyTimeout)).toBe(false);
    expect(isHttpError({ name: "HttpError", status: 500 })).toBe(false);
    expect(
      isValidationError({ name: "ValidationError", [Symbol.for("goalpost.error")]: "yes" }),
    ).toBe(false);
    for (const value of [undefined, null, "HttpError", 401, new Error("HttpError")]) {
      expect(isGoalpostError(value)).toBe(false);
    }
  });

  it("keep the brand out of logs and JSON: it is not enumerable", () => {
    const error = errors.isHttpError;
    expect(Object.keys(error)).not.toContain("goalpost.error");
    expect(isGoalpostError({ ...error })).toBe(false);
    expect(JSON.stringify(error)).not.toContain("goalpost");
  });
});
