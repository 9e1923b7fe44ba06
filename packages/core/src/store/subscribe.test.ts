import { signal } from "@preact/signals-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGoalpost } from "./createGoalpost.ts";
import { apiBase, startFakeTimed, testSession } from "./testSession.ts";

const now = Date.parse("2025-03-10T09:00:00.000Z");
const answer = () => vi.fn<typeof fetch>(async () => Response.json(testSession(now)));

beforeEach(() => {
  vi.useFakeTimers({ now });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("subscribe", () => {
  it("calls a listener for the store's changes only, not for signals the listener reads", async () => {
    const goalpost = await startFakeTimed(answer());
    const unrelated = signal(0);
    const listener = vi.fn(() => unrelated.value);
    goalpost.subscribe(listener);
    goalpost.dismissPulse(); // pulseDue was false already: no change
    expect(listener).not.toHaveBeenCalled();

    await goalpost.setBaseline("agr-1", -1).catch(() => {}); // refused: `error` is set
    expect(listener).toHaveBeenCalledTimes(1);
    unrelated.value++;
    unrelated.value++;
    expect(listener).toHaveBeenCalledTimes(1);
    goalpost.destroy();
  });

  it("stops every listener on destroy, so a late answer calls none", async () => {
    let answerSession = (_: Response) => {};
    const fetch = vi.fn<typeof globalThis.fetch>(
      () => new Promise((resolve) => (answerSession = resolve)),
    );
    const goalpost = createGoalpost({ apiBase, token: "jwt", fetch });
    const started = goalpost.start().catch(() => {});
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    const listener = vi.fn();
    goalpost.subscribe(listener);
    goalpost.destroy();
    answerSession(Response.json(testSession(now)));
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(goalpost.session.value).toBeUndefined(); // the late answer is dropped, too
    expect(listener).not.toHaveBeenCalled();
    expect(goalpost.subscribe(listener)).toBeTypeOf("function"); // after destroy: a no-op
  });
});
