import { expect } from "vitest";
import { type FuzzOutcome, fuzzRuns, fuzzSeed } from "./fuzzEndpoint.ts";

/** Fails with the first few wrong answers and the seed that replays them. */
export function expectAllRefused({ failures, kinds }: FuzzOutcome): void {
  expect(
    failures.length,
    `${failures.length} of ${fuzzRuns} malformed bodies were answered wrongly ` +
      `(replay with GOALPOST_FUZZ_SEED=${fuzzSeed}):\n${failures.slice(0, 8).join("\n")}`,
  ).toBe(0);
  // Every way of breaking a body got its turn.
  expect(Object.keys(kinds).length, JSON.stringify(kinds)).toBeGreaterThanOrEqual(6);
}
