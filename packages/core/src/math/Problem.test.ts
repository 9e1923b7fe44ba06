import { describe, expect, it } from "vitest";
import { Problem } from "./Problem.ts";

describe("Problem", () => {
  it("words invalid input after the field's path, with the field as its one issue", () => {
    expect(Problem.invalid(["baseline", "at"], "must not be in the future")).toEqual({
      kind: "invalid",
      message: "baseline.at must not be in the future",
      issues: [{ path: ["baseline", "at"], message: "must not be in the future", code: "custom" }],
    });
    expect(Problem.invalid([], "is empty", "too_small")).toMatchObject({
      message: "body is empty",
      issues: [{ path: [], code: "too_small" }],
    });
  });

  it("makes conflicts, not-found and forbidden problems with their message", () => {
    expect(Problem.conflict("taken")).toEqual({ kind: "conflict", message: "taken" });
    expect(Problem.notFound("gone")).toEqual({ kind: "not_found", message: "gone" });
    expect(Problem.forbidden("not yours")).toEqual({ kind: "forbidden", message: "not yours" });
  });

  it("tells a problem from a rule's result", () => {
    for (const problem of [
      Problem.invalid(["x"], "bad"),
      Problem.conflict("c"),
      Problem.notFound("n"),
      Problem.forbidden("f"),
    ]) {
      expect(Problem.is(problem)).toBe(true);
    }
    // A metric has a `kind` too ("value" or "impact"): it is not a problem.
    for (const result of [undefined, null, "text", 3, [], { kind: "value", message: "m" }, {}]) {
      expect(Problem.is(result)).toBe(false);
    }
    expect(Problem.is({ kind: "conflict" })).toBe(false);
  });
});
