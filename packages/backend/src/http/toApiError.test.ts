import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { ApiError } from "./ApiError.ts";
import { toApiError } from "./toApiError.ts";

describe("toApiError", () => {
  it("answers invalid input 422 with its issues by path", () => {
    const error = toApiError(Problem.invalid(["dueAt"], "must be in the future"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: "invalid",
      message: "dueAt must be in the future",
      issues: [{ path: ["dueAt"], message: "must be in the future", code: "custom" }],
    });
  });

  it.each([
    [Problem.conflict("taken"), 409, "conflict"],
    [Problem.notFound("gone"), 404, "not_found"],
    [Problem.forbidden("not yours"), 403, "forbidden"],
  ])("answers %o with %i", (problem, status, code) => {
    expect(toApiError(problem)).toMatchObject({
      status,
      code,
      message: problem.message,
      issues: undefined,
    });
  });

  it("words a field's 422 as ApiError.invalid does", () => {
    const { status, message, issues } = ApiError.invalid(["limit"], "must be given once");
    expect(toApiError(Problem.invalid(["limit"], "must be given once"))).toMatchObject({
      status,
      message,
      issues,
    });
  });
});
