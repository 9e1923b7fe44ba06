import { describe, expect, it } from "vitest";
import { webhookEvent } from "./changeEvents.ts";
import {
  deliveryRequest,
  isAccepted,
  maxRetryDelayMs,
  nextAttemptAt,
  responseExcerpt,
  retryWindowMs,
} from "./delivery.ts";
import { verifyWebhook } from "./signature.ts";

const now = new Date("2026-12-04T09:00:00.000Z");

describe("deliveryRequest", () => {
  it("sends the event as JSON, signed with every secret, its id and type as headers", async () => {
    const event = webhookEvent(
      "goal.set",
      { accountId: "a", roleId: "sdr", userId: "u" },
      { id: "g" },
      now,
      "evt_1",
    );
    const { body, headers } = await deliveryRequest(event, ["whsec_new", "whsec_old"], now);
    expect(JSON.parse(body)).toEqual(event);
    expect(headers).toMatchObject({
      "content-type": "application/json",
      "goalpost-event-id": "evt_1",
      "goalpost-event-type": "goal.set",
    });
    for (const secret of ["whsec_new", "whsec_old"]) {
      expect(await verifyWebhook(headers["goalpost-signature"], body, [secret], now)).toMatchObject(
        { ok: true },
      );
    }
  });
});

describe("nextAttemptAt", () => {
  const queued = now;

  it("waits 30 s after the first failure, doubling to two hours, half of each wait random", () => {
    const at = (attempts: number, random: number) =>
      (nextAttemptAt(attempts, queued, now, () => random)?.getTime() ?? Number.NaN) - now.getTime();
    expect([at(1, 0), at(1, 1)]).toEqual([15_000, 30_000]);
    expect([at(2, 0), at(2, 1)]).toEqual([30_000, 60_000]);
    expect(at(20, 1)).toBe(maxRetryDelayMs);
    expect(at(20, 0)).toBe(maxRetryDelayMs / 2);
  });

  it("gives up once the next attempt would fall past a day from the queueing", () => {
    const late = new Date(queued.getTime() + retryWindowMs - 30_000);
    expect(nextAttemptAt(3, queued, late, () => 0)).toBeUndefined();
    expect(nextAttemptAt(1, queued, late, () => 0)).toBeInstanceOf(Date);
    const early = new Date(queued.getTime() + retryWindowMs - 3_600_000);
    expect(nextAttemptAt(3, queued, early, () => 0)).toBeInstanceOf(Date);
  });

  it("makes about 23 attempts in the day with the waits at their middle", () => {
    let attempts = 0;
    let at: Date | undefined = now;
    while (at) {
      attempts++;
      at = nextAttemptAt(attempts, queued, at, () => 0.5);
    }
    expect(attempts).toBeGreaterThanOrEqual(21);
    expect(attempts).toBeLessThanOrEqual(25);
  });
});

describe("answers", () => {
  it("takes 2xx only, and keeps 256 characters of an answer", () => {
    expect([199, 200, 204, 299, 300, 404, 500].map(isAccepted)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(responseExcerpt("ok")).toBe("ok");
    const long = responseExcerpt("x".repeat(1000));
    expect(long).toHaveLength(256);
    expect(long.endsWith("…")).toBe(true);
  });
});
