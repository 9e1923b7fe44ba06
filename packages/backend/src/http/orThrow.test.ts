import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { ApiError } from "./ApiError.ts";
import { orThrow } from "./orThrow.ts";

describe("orThrow", () => {
  it("gives back a result, and a check that found nothing", () => {
    const result = { id: "goal_1" };
    expect(orThrow(result)).toBe(result);
    expect(orThrow(undefined)).toBeUndefined();
  });

  it("throws a problem as the route's failure", () => {
    expect(() => orThrow(Problem.conflict("the goal is missed"))).toThrow(
      expect.objectContaining({ status: 409, message: "the goal is missed" }),
    );
    expect(() => orThrow(Problem.invalid(["target"], "must be above 4"))).toThrow(ApiError);
  });
});
