import { describe, expect, it } from "vitest";
import { Catalog } from "./catalog.ts";
import { CreateGoalBody } from "./goal.ts";
import { validateBody } from "./validateBody.ts";

describe("validateBody", () => {
  it("names every unknown field by its path, at any depth", () => {
    const result = validateBody(Catalog, {
      roles: [
        {
          id: "sdr",
          name: "SDR",
          colour: "red",
          maturity: [1, 2, 3].map((level) => ({
            level,
            name: `L${level}`,
            description: "",
            expectedGain: 0.1,
            ...(level === 2 ? { extra: true } : {}),
          })),
        },
      ],
      metrics: [],
      valueElements: [],
    });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          path: ["roles", 0, "colour"],
          message: 'unknown field "colour"',
          code: "unrecognized_keys",
        },
        {
          path: ["roles", 0, "maturity", 1, "extra"],
          message: 'unknown field "extra"',
          code: "unrecognized_keys",
        },
      ],
    });
  });

  it("takes no field named like a member of Object.prototype for a known one", () => {
    // As a JSON body arrives: JSON.parse makes "__proto__" an own field, not the prototype.
    const role = {
      id: "sdr",
      name: "SDR",
      maturity: [1, 2, 3].map((level) => ({
        level,
        name: `L${level}`,
        description: "",
        expectedGain: 0.1,
      })),
      ...JSON.parse('{"constructor":1,"__proto__":{},"toString":"x","hasOwnProperty":null}'),
    };
    const result = validateBody(Catalog, { roles: [role], metrics: [], valueElements: [] });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(
      ["constructor", "__proto__", "toString", "hasOwnProperty"].map((key) => ["roles", 0, key]),
    );
    const goal = JSON.parse(
      '{"agreementId":"a1","target":5,"dueAt":"2026-03-01T00:00:00Z","constructor":1,"valueOf":2}',
    );
    expect(validateBody(CreateGoalBody, goal).success).toBe(false);
  });

  it("reports unknown top-level fields one by one", () => {
    const result = validateBody(CreateGoalBody, {
      agreementId: "a1",
      target: 5,
      dueAt: "2026-03-01T00:00:00Z",
      mood: "good",
      colour: "red",
    });
    expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual([["mood"], ["colour"]]);
  });

  it("passes a valid body through, parsed", () => {
    const result = validateBody(CreateGoalBody, {
      agreementId: "a1",
      target: 5,
      dueAt: "2026-03-01T00:00:00Z",
      actions: [{ title: "  Call back  ", owner: "customer" }],
    });
    expect(result).toMatchObject({ success: true, data: { actions: [{ title: "Call back" }] } });
  });
});
