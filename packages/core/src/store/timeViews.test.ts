import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { day, startFakeTimed, testSession } from "./testSession.ts";
import type { Goalpost } from "./types.ts";

const now = Date.parse("2025-03-10T09:00:00.000Z");
const hour = 3_600_000;

/** A server that answers the session, and a goal for POST /v1/goals (echoing its body). */
function server(session: object) {
  const goalBodies: { dueAt: string }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.endsWith("/v1/goals")) {
      const body = (await request.json()) as { dueAt: string };
      goalBodies.push(body);
      return Response.json(
        {
          id: "goal-2",
          startValue: 4,
          startAt: new Date().toISOString(),
          status: "active",
          actions: [],
          valueElementIds: [],
          ...body,
        },
        { status: 201 },
      );
    }
    return Response.json(session);
  });
  return Object.assign(fetch, { goalBodies });
}

let goalpost: Goalpost | undefined;
beforeEach(() => {
  vi.useFakeTimers({ now });
});
afterEach(() => {
  goalpost?.destroy();
  vi.useRealTimers();
});

describe("views follow the clock", () => {
  it("show a goal as missed the moment it is overdue, with no other change", async () => {
    goalpost = await startFakeTimed(server(testSession(now, hour)));
    const listener = vi.fn();
    goalpost.subscribe(listener);
    expect(goalpost.agreements.value[0]?.stage).toBe("on-track");

    await vi.advanceTimersByTimeAsync(hour); // exactly due: still on track
    expect(goalpost.agreements.value[0]?.stage).toBe("on-track");
    expect(listener).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(goalpost.agreements.value[0]?.stage).toBe("missed");
    expect(goalpost.agreements.value[0]?.lastGoal?.status).toBe("missed");
    expect(goalpost.activeGoals.value).toEqual([]);
    expect(goalpost.getSnapshot().needsGoal.map((v) => v.agreement.id)).toEqual(["agr-1"]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("wait with one timer for the boundary or the next midnight, not by polling; destroy clears it", async () => {
    goalpost = await startFakeTimed(server(testSession(now, 20 * day)));
    await vi.advanceTimersByTimeAsync(1); // the session copy is saved in a task of its own
    expect(vi.getTimerCount()).toBe(1);
    const listener = vi.fn();
    goalpost.subscribe(listener);
    await vi.advanceTimersByTimeAsync(19 * day);
    // Once a day (relative days move on at midnight), never in between.
    expect(listener).toHaveBeenCalledTimes(19);
    expect(vi.getTimerCount()).toBe(1);
    expect(goalpost.time.value).toBe(lastMidnight(now + 19 * day));
    goalpost.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("move the suggested due date on at midnight, and a goal set later is due from then", async () => {
    const fetch = server(testSession(now));
    goalpost = await startFakeTimed(fetch);
    const dueAt = () => goalpost?.agreements.value[0]?.suggestion?.dueAt;
    expect(dueAt()).toBe(new Date(now + 28 * day).toISOString());

    await vi.advanceTimersByTimeAsync(day);
    expect(dueAt()).toBe(new Date(lastMidnight(now + day) + 28 * day).toISOString());

    await vi.advanceTimersByTimeAsync(12 * hour); // between ticks: the view is as of midnight
    await goalpost.setGoal({ agreementId: "agr-1" });
    expect(fetch.goalBodies.at(-1)?.dueAt).toBe(new Date(now + 29 * day + 12 * hour).toISOString());
  });
});

/** The local midnight that began the day of `time`. */
function lastMidnight(time: number): number {
  const start = new Date(time);
  start.setHours(0, 0, 0, 0);
  return start.getTime();
}
