import { ErrorBody, errorCodes, limits } from "@goalpost/core";
import fc from "fast-check";
import { clip } from "../support/expectReply.ts";
import type { Reply } from "../support/request.ts";
import type { Json } from "./jsonTree.ts";
import { type MalformedBody, malformedBodies } from "./malformedBodies.ts";

/**
 * How many malformed bodies each endpoint gets on each target. Every run draws a new seed per
 * target, so `pnpm test` sends 3 × 8 × 300 different bodies and each run adds new ones; a deeper
 * search is one variable away (`GOALPOST_FUZZ_RUNS=10000`). @default 300
 */
export const fuzzRuns = Number(process.env.GOALPOST_FUZZ_RUNS ?? 300);

/** Seed of this run; set env `GOALPOST_FUZZ_SEED` to replay one. */
export const fuzzSeed = Number(
  process.env.GOALPOST_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31),
);

/** What one fuzz run found. */
export interface FuzzOutcome {
  /** One line per body that got a wrong answer; empty when all were refused properly. */
  failures: string[];
  /** How many bodies of each kind were sent. */
  kinds: Record<string, number>;
}

/**
 * Sends `fuzzRuns` malformed bodies derived from `valid` through `send`, a few at a time, and
 * checks every answer: 413 for a body over `maxBytes` (the endpoint's limit), 400 for text that is not JSON, else
 * 400 or 422 — always with the contract's error body, never a success or a 5xx.
 */
export async function fuzzEndpoint(
  valid: Json,
  isValid: (body: unknown) => boolean,
  send: (text: string) => Promise<Reply>,
  maxBytes: number = limits.maxBodyBytes,
  concurrency = 4,
): Promise<FuzzOutcome> {
  const bodies = fc.sample(malformedBodies(valid, isValid), { numRuns: fuzzRuns, seed: fuzzSeed });
  const failures: string[] = [];
  const kinds: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    for (let body = bodies[next++]; body !== undefined; body = bodies[next++]) {
      kinds[body.kind] = (kinds[body.kind] ?? 0) + 1;
      let problem: string | undefined;
      try {
        problem = judge(body, await send(body.text), maxBytes);
      } catch (error) {
        problem = `no answer: ${error instanceof Error ? `${error.message} (${error.cause})` : error}`;
      }
      if (problem !== undefined) {
        failures.push(`[${body.kind}] ${problem}\n    body: ${clip(body.text, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, kinds };
}

function judge(body: MalformedBody, reply: Reply, maxBytes: number): string | undefined {
  const size = Buffer.byteLength(body.text);
  const expected = size > maxBytes ? [413] : body.invalidJson ? [400] : [400, 422];
  if (!expected.includes(reply.status)) {
    return `answered ${reply.status}, expected ${expected.join(" or ")}: ${clip(reply.text, 300)}`;
  }
  const error = ErrorBody.safeParse(reply.body);
  if (!error.success)
    return `answered ${reply.status} without an error body: ${clip(reply.text, 300)}`;
  const code = (errorCodes as Record<number, string>)[reply.status];
  if (error.data.error.code !== code) {
    return `answered ${reply.status} with code "${error.data.error.code}", expected "${code}"`;
  }
  return undefined;
}
