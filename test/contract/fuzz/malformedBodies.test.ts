import { CreateGoalBody, limits } from "@goalpost/core";
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Json } from "./jsonTree.ts";
import { malformedBodies } from "./malformedBodies.ts";

const valid: Json = {
  agreementId: "agr-1",
  target: 12,
  dueAt: "2030-01-01T00:00:00.000Z",
  changes: "More calls",
  actions: [{ title: "Call", owner: "customer", done: false }],
  valueElementIds: ["guide-1"],
};
const isValid = (body: unknown) => CreateGoalBody.safeParse(body).success;

test("every generated body is refused by the schema or is not JSON at all", () => {
  expect(isValid(valid)).toBe(true);
  const bodies = fc.sample(malformedBodies(valid, isValid), { numRuns: 2_000, seed: 42 });
  const kinds = new Set<string>();
  for (const body of bodies) {
    kinds.add(body.kind);
    if (body.invalidJson) {
      expect(() => JSON.parse(body.text), body.text).toThrow();
    } else {
      expect(isValid(JSON.parse(body.text)), body.text).toBe(false);
    }
  }
  expect([...kinds].sort()).toEqual(
    [
      "huge-string",
      "invalid-json",
      "nesting",
      "random",
      "removed",
      "retyped",
      "unknown-field",
    ].sort(),
  );
  expect(bodies.some((body) => Buffer.byteLength(body.text) > limits.maxBodyBytes)).toBe(true);
});
