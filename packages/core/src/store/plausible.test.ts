import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../errors/ValidationError.ts";
import { startFakeTimed, testSession } from "./testSession.ts";
import type { Goalpost } from "./types.ts";

const now = Date.parse("2025-03-10T09:00:00.000Z");
let goalpost: Goalpost;
beforeEach(async () => {
  vi.useFakeTimers({ now });
  const session = testSession(now, 86_400_000); // baseline 4, a goal from 4 to 6
  goalpost = await startFakeTimed(vi.fn<typeof fetch>(async () => Response.json(session)));
});
afterEach(() => {
  goalpost.destroy();
  vi.useRealTimers();
});

describe("goalpost.checkPlausible", () => {
  it("compares with the agreement's baseline, goal and entries, waiting ones included", async () => {
    expect(goalpost.checkPlausible("agr-1", 59)).toBeUndefined();
    expect(goalpost.checkPlausible("agr-1", 1000)).toEqual({
      value: 1000,
      reason: "history",
      side: "above",
      limit: 60,
      previous: 4,
    });
    await goalpost.logProgress({ agreementId: "agr-1", value: 12 }); // offline-first: pending
    expect(goalpost.checkPlausible("agr-1", 100)).toBeUndefined();
    expect(goalpost.checkPlausible("agr-1", 1000)).toMatchObject({ previous: 12, limit: 120 });
  });

  it("throws for an agreement the role lacks, without recording an error", () => {
    expect(() => goalpost.checkPlausible("agr-x", 5)).toThrow(ValidationError);
    expect(goalpost.error.value).toBeUndefined();
  });

  it("refuses nothing: an implausible value is logged when the caller goes ahead", async () => {
    const entry = await goalpost.logProgress({ agreementId: "agr-1", value: 1000 });
    expect(entry.value).toBe(1000);
  });
});
