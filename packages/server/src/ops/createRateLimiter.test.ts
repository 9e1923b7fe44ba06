import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./createRateLimiter.ts";

describe("createRateLimiter", () => {
  it("allows a minute's worth at once, then one more as each share of a minute passes", () => {
    const limiter = createRateLimiter(60);
    for (let i = 0; i < 60; i++) expect(limiter.take("ana", 0).ok).toBe(true);
    expect(limiter.take("ana", 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("ana", 500).ok).toBe(false);
    expect(limiter.take("ana", 1000).ok).toBe(true);
    expect(limiter.take("ana", 1000).ok).toBe(false);
  });

  it("counts each key apart", () => {
    const limiter = createRateLimiter(1);
    expect(limiter.take("ana", 0).ok).toBe(true);
    expect(limiter.take("sam", 0).ok).toBe(true);
    expect(limiter.take("ana", 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it("allows everything when the limit is 0", () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 10_000; i++) expect(limiter.take("ana", 0).ok).toBe(true);
  });
});
