import { IsoDateTime } from "@goalpost/core";
import * as z from "zod/mini";
import type { Scenario } from "./BackendContext.ts";

/** A change to the scenario; every field optional, unknown fields rejected. */
export const ScenarioPatch = z.strictObject({
  latencyMs: z.optional(z.int().check(z.gte(0), z.lte(60_000))),
  failureRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  offline: z.optional(z.boolean()),
  fixedNow: z.optional(z.nullable(IsoDateTime)),
});
export type ScenarioPatch = z.infer<typeof ScenarioPatch>;

/** The scenario of a well-behaved backend on the real clock. */
export function defaultScenario(): Scenario {
  return { latencyMs: 0, failureRate: 0, offline: false, fixedNow: null };
}
