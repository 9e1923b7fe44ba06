import { describe, expect, it } from "vitest";
import { freshAccount, startSdk, tokenFor, useMockBackend } from "./support.ts";

useMockBackend();

describe("subscribe / getSnapshot, for code that does not use signals", () => {
  it("keeps the same snapshot until something changes, and tells subscribers when it does", async () => {
    const goalpost = await startSdk("sdr");
    const first = goalpost.getSnapshot();
    expect(goalpost.getSnapshot()).toBe(first); // what useSyncExternalStore needs
    expect(first).toMatchObject({ status: "ready", pending: 0, pulseDue: false });
    expect(first.agreements).toEqual([]);

    let calls = 0;
    const unsubscribe = goalpost.subscribe(() => calls++);
    await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    expect(calls).toBeGreaterThan(0);
    const next = goalpost.getSnapshot();
    expect(next).not.toBe(first);
    expect(next.agreements.map((v) => v.metric.id)).toEqual(["meetings-booked"]);
    expect(next.needsGoal).toHaveLength(1);

    unsubscribe();
    const seen = calls;
    await goalpost.setMaturity(next.agreements[0]?.agreement.id ?? "", 3);
    expect(calls).toBe(seen);
  });
});

describe("identify", () => {
  it("switches to another user: their own session, nothing of the last one", async () => {
    const goalpost = await startSdk("sdr");
    await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const acc = freshAccount();
    await goalpost.identify(await tokenFor(acc, "digital-marketer"));
    expect(goalpost.user.value?.accountId).toBe(acc);
    expect(goalpost.role.value?.id).toBe("digital-marketer");
    expect(goalpost.agreements.value).toEqual([]);
    expect(goalpost.metrics.value.map((m) => m.id).sort()).toEqual([
      "campaign-setup-hours",
      "icp-fit-rate",
    ]);
  });
});

describe("destroy", () => {
  it("stops the SDK: actions refuse with a clear error", async () => {
    const goalpost = await startSdk("sdr");
    goalpost.destroy();
    await expect(goalpost.agreeMetric("meetings-booked")).rejects.toThrow(/destroyed/);
  });
});
