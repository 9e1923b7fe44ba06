import { memoryStorage } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { apiBase, startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { createSeenGoals } from "./createSeenGoals.ts";

useMockBackend();

/** Lets the storage reads and writes (promises) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe("createSeenGoals", () => {
  it("keeps the marks under the user's own key, and forgets them on request", async () => {
    const storage = memoryStorage();
    const goalpost = await startSdk("sdr");
    const user = goalpost.user.value;
    const key = `goalpost:${apiBase}:${user?.accountId}:${user?.id}:seen`;
    const seen = createSeenGoals(goalpost, storage, apiBase);
    seen.mark("goal-1");
    seen.mark("goal-1");
    await settle();
    expect(JSON.parse(String(await storage.getItem(key)))).toEqual(["goal-1"]);

    const again = createSeenGoals(goalpost, storage, apiBase);
    await settle();
    expect([...again.ids.value]).toEqual(["goal-1"]);
    again.stop({ forget: true });
    seen.stop();
    await settle();
    expect(await storage.getItem(key)).toBeNull();
  });

  it("starts from nothing when storage holds something it cannot read", async () => {
    const storage = memoryStorage();
    const goalpost = await startSdk("sdr");
    const user = goalpost.user.value;
    await storage.setItem(`goalpost:${apiBase}:${user?.accountId}:${user?.id}:seen`, "{oops");
    const seen = createSeenGoals(goalpost, storage, apiBase);
    await settle();
    expect(seen.ids.value.size).toBe(0);
    seen.mark("goal-2"); // and still works
    expect(seen.ids.value.has("goal-2")).toBe(true);
    seen.stop();
  });
});
