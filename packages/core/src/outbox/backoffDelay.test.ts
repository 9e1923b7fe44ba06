import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpError } from "../errors/HttpError.ts";
import { backoffDelay } from "./backoffDelay.ts";
import { createOutbox } from "./createOutbox.ts";
import { memoryStorage } from "./memoryStorage.ts";

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const attempts = fc.integer({ min: 1, max: 60 });
const bounds = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 1_000_000 }))
  .map(([baseMs, extra]) => ({ baseMs, maxMs: baseMs + extra }));

const ceiling = (n: number, { baseMs, maxMs }: { baseMs: number; maxMs: number }) =>
  Math.min(maxMs, baseMs * 2 ** (n - 1));

describe("backoffDelay", () => {
  it("waits between half the ceiling and the ceiling, never past maxMs", () => {
    fc.assert(
      fc.property(attempts, unit, bounds, (n, r, b) => {
        const delay = backoffDelay(n, () => r, b);
        expect(delay).toBeGreaterThanOrEqual(ceiling(n, b) / 2);
        expect(delay).toBeLessThanOrEqual(ceiling(n, b));
        expect(delay).toBeLessThanOrEqual(b.maxMs);
      }),
    );
  });

  it("grows with each failure for the same jitter", () => {
    fc.assert(
      fc.property(attempts, unit, bounds, (n, r, b) => {
        expect(backoffDelay(n + 1, () => r, b)).toBeGreaterThanOrEqual(backoffDelay(n, () => r, b));
      }),
    );
  });

  it("doubles until the cap: 1 s, 2 s, 4 s … 60 s by default", () => {
    const top = (n: number) => backoffDelay(n, () => 0.999_999_9);
    expect([1, 2, 3, 7, 8, 100].map((n) => Math.round(top(n)))).toEqual([
      1000, 2000, 4000, 60_000, 60_000, 60_000,
    ]);
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 7)).toBe(1000); // a broken random source cannot exceed the ceiling
  });

  it("is what the outbox waits after each transient failure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { minLength: 1, maxLength: 8 }), bounds, async (rs, b) => {
        let clock = 1_000_000;
        const jitter = [...rs];
        const outbox = createOutbox({
          storage: memoryStorage(),
          key: "k",
          send: () => Promise.reject(new HttpError(503, undefined, "POST", "/v1/measurements")),
          now: () => clock,
          random: () => jitter.shift() ?? 0,
          setTimer: () => 0,
          clearTimer: () => {},
          backoff: b,
        });
        await outbox.start();
        await outbox.enqueue({ id: "m1", agreementId: "a", value: 1, source: "self" });
        await outbox.flush();
        for (let n = 1; n <= rs.length; n++) {
          const entry = outbox.entries.value[0];
          expect(entry?.attempts).toBe(n);
          const wait = (entry?.nextAttemptAt ?? 0) - clock;
          expect(wait).toBeGreaterThanOrEqual(ceiling(n, b) / 2);
          expect(wait).toBeLessThanOrEqual(ceiling(n, b));
          clock += 1;
          outbox.online(); // try again at once, ignoring the wait
          await outbox.flush();
        }
        outbox.stop();
      }),
      { numRuns: 50 },
    );
  });
});
