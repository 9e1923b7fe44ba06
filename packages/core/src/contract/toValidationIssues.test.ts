import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { CreateMeasurementBody } from "../contract/measurement.ts";
import { toValidationIssues } from "./toValidationIssues.ts";

function issuesOf(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the value to be invalid");
  return toValidationIssues(result.error);
}

describe("toValidationIssues", () => {
  it("describes zod/mini's generic issues in words, with paths and codes", () => {
    const issues = issuesOf(CreateMeasurementBody, {
      id: "",
      agreementId: "agr-1",
      value: "5",
      at: "yesterday",
      source: "guess",
      note: "x".repeat(1001),
      mood: "good",
    });
    expect(issues).toEqual([
      { path: ["id"], message: "must be at least 1 characters", code: "too_small" },
      { path: ["id"], message: "must be letters, digits or . _ : -", code: "invalid_format" },
      { path: ["value"], message: "expected number", code: "invalid_type" },
      {
        path: ["at"],
        message: "must be an ISO 8601 date-time such as 2026-03-01T09:30:00Z",
        code: "invalid_format",
      },
      {
        path: ["source"],
        message: 'must be one of "scale", "self", "integration", "app"',
        code: "invalid_value",
      },
      { path: ["note"], message: "must be at most 1000 characters", code: "too_big" },
      { path: ["mood"], message: 'unknown field "mood"', code: "unrecognized_keys" },
    ]);
  });

  it("keeps the contract's own messages and exclusive bounds", () => {
    const issues = issuesOf(z.object({ rate: z.number().check(z.gt(0)) }), { rate: 0 });
    expect(issues).toEqual([{ path: ["rate"], message: "must be more than 0", code: "too_small" }]);
  });
});
