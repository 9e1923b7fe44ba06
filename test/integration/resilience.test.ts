import { createClient, HttpError, memoryStorage, ValidationError } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import {
  apiBase,
  freshAccount,
  startSdk,
  switchableConnectivity,
  tokenFor,
  until,
  useMockBackend,
} from "./support.ts";

const backend = useMockBackend();

const storedFor = (agreementId: string) =>
  backend.state.measurements.filter((m) => m.agreementId === agreementId);

describe("tokens", () => {
  it("answers a 401 by asking the token provider again, once", async () => {
    const acc = freshAccount();
    const tokens = [await tokenFor(acc, "sdr", "u1", -60), await tokenFor(acc, "sdr", "u1")];
    let asked = 0;
    const goalpost = await startSdk("sdr", {
      acc,
      token: () => tokens[Math.min(asked++, 1)] as string,
    });
    expect(goalpost.status.value).toBe("ready");
    expect(goalpost.user.value).toMatchObject({ id: "u1", accountId: acc });
    expect(asked).toBe(2);
  });

  it("asks a token provider once to start", async () => {
    const acc = freshAccount();
    const token = await tokenFor(acc, "sdr", "u1");
    let asked = 0;
    const provider = () => {
      asked += 1;
      return token;
    };
    await startSdk("sdr", { acc, token: provider });
    expect(asked).toBe(1);
  });

  it("fails with a 401 HttpError when the fresh token is refused too", async () => {
    const expired = await tokenFor(freshAccount(), "sdr", "u1", -60);
    await expect(startSdk("sdr", { token: () => expired })).rejects.toMatchObject({
      status: 401,
      body: { error: { code: "unauthorized" } },
    });
  });
});

describe("a token provider that fails", () => {
  it("leaves the SDK in the error state, not loading forever", async () => {
    const { createGoalpost } = await import("@goalpost/core");
    const goalpost = createGoalpost({
      apiBase,
      token: () => Promise.reject(new Error("the vendor's token endpoint is down")),
      storage: memoryStorage(),
    });
    await expect(goalpost.start()).rejects.toThrow("token endpoint is down");
    expect(goalpost.status.value).toBe("error");
    goalpost.destroy();
  });
});

describe("validation errors carry field paths", () => {
  it("from the server (422), through the client", async () => {
    const acc = freshAccount();
    const client = createClient({ apiBase, token: await tokenFor(acc, "sdr") });
    const agreement = await client.createAgreement({
      metricId: "meetings-booked",
      baseline: { value: 4 },
    });
    const refused = await client
      .createGoal({
        agreementId: agreement.id,
        target: 6,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        valueElementIds: ["no-such-element"],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(422);
    expect((refused as HttpError).body?.error.issues?.[0]?.path).toEqual(["valueElementIds", 0]);
  });

  it("before sending, in the SDK, for what the contract forbids", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const tooLong = await goalpost
      .logProgress({ agreementId: agreement.id, value: 5, note: "x".repeat(1001) })
      .catch((error: unknown) => error);
    expect(tooLong).toBeInstanceOf(ValidationError);
    expect((tooLong as ValidationError).issues).toMatchObject([{ path: ["note"] }]);
    const backwards = await goalpost
      .setGoal({ agreementId: agreement.id, target: 3 })
      .catch((error: unknown) => error);
    expect((backwards as ValidationError).issues).toEqual([
      { path: ["target"], message: "must be above the current value 4 (higher is better)" },
    ]);
    expect(storedFor(agreement.id)).toEqual([]);
    expect(goalpost.goals.value).toEqual([]);
  });
});

describe("the outbox delivers every entry exactly once", () => {
  it("across being offline, then online", async () => {
    const connectivity = switchableConnectivity(true);
    const goalpost = await startSdk("sdr", { connectivity });
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 2 });
    connectivity.set(false);
    backend.setScenario({ offline: true });
    for (const [i, value] of [3, 4, 5].entries()) {
      const at = new Date(Date.now() - (3 - i) * 60_000).toISOString();
      await goalpost.logProgress({ agreementId: agreement.id, value, at });
    }
    expect(goalpost.pending.value).toBe(3);
    expect(goalpost.agreements.value[0]?.history.map((m) => [m.value, m.pending])).toEqual([
      [5, true],
      [4, true],
      [3, true],
    ]);
    expect(storedFor(agreement.id)).toEqual([]);

    backend.setScenario({ offline: false });
    connectivity.set(true);
    await until(() => goalpost.pending.value === 0);
    const stored = storedFor(agreement.id);
    expect(stored.map((m) => m.value).sort()).toEqual([3, 4, 5]);
    expect(new Set(stored.map((m) => m.id)).size).toBe(3);
    expect(goalpost.agreements.value[0]?.history.every((m) => !m.pending)).toBe(true);
  });

  it("across a burst of 5xx answers", async () => {
    const connectivity = switchableConnectivity(true);
    const goalpost = await startSdk("sdr", { connectivity });
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 2 });
    backend.setScenario({ failureRate: 1 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 3 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 4 });
    await until(() => goalpost.rejected.value.length === 0 && goalpost.pending.value === 2);
    expect(storedFor(agreement.id)).toEqual([]);

    backend.setScenario({ failureRate: 0 });
    connectivity.set(true); // what a browser's `online` event or the next page does: try now
    await until(() => goalpost.pending.value === 0);
    expect(
      storedFor(agreement.id)
        .map((m) => m.value)
        .sort(),
    ).toEqual([3, 4]);
  });

  it("across a reload: a new SDK over the same storage delivers what the last one left", async () => {
    const acc = freshAccount();
    const storage = memoryStorage();
    const offline = switchableConnectivity(false);
    const first = await startSdk("sdr", { acc, storage });
    const agreement = await first.agreeMetric("meetings-booked", { baseline: 2 });
    first.destroy();

    // The page reloads while offline: it starts from the saved session and queues entries.
    backend.setScenario({ offline: true });
    const second = await startSdk("sdr", { acc, storage, connectivity: offline }).catch(
      () => undefined,
    );
    expect(second).toBeUndefined(); // start() reports the network error…
    const page = await startSdkOffline(acc, storage, offline);
    expect(page.status.value).toBe("offline"); // …but works from the saved session
    const minuteAgo = new Date(Date.now() - 60_000).toISOString();
    await page.logProgress({ agreementId: agreement.id, value: 6, at: minuteAgo });
    await page.logProgress({ agreementId: agreement.id, value: 7 }); // the later one
    expect(page.pending.value).toBe(2);
    page.destroy(); // reload again, before anything was sent

    backend.setScenario({ offline: false });
    const third = await startSdk("sdr", { acc, storage });
    await until(() => third.pending.value === 0);
    const stored = storedFor(agreement.id);
    expect(stored.map((m) => m.value).sort()).toEqual([6, 7]);
    expect(new Set(stored.map((m) => m.id)).size).toBe(2);
    expect(third.agreements.value[0]?.current?.value).toBe(7);
  });

  it("keeps an entry the server refuses for the user, without retrying it", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 2 });
    // Retired elsewhere (another tab) after this page loaded: the server now refuses progress.
    const stored = backend.state.agreements.find((a) => a.id === agreement.id);
    if (stored) Object.assign(stored, { status: "retired", retiredAt: new Date().toISOString() });
    await goalpost.logProgress({ agreementId: agreement.id, value: 3 });
    await until(() => goalpost.rejected.value.length === 1);
    expect(goalpost.pending.value).toBe(0);
    expect(goalpost.rejected.value[0]?.error).toMatchObject({ status: 409 });
    expect(storedFor(agreement.id)).toEqual([]);
    await goalpost.discardRejected(goalpost.rejected.value[0]?.id ?? "");
    expect(goalpost.rejected.value).toEqual([]);
  });
});

describe("connectivity", () => {
  it("turns a ready SDK offline while the browser is, and ready again once it is back", async () => {
    const connectivity = switchableConnectivity(true);
    const goalpost = await startSdk("sdr", { connectivity });
    expect(goalpost.status.value).toBe("ready");
    connectivity.set(false);
    expect(goalpost.status.value).toBe("offline");
    connectivity.set(true);
    await until(() => goalpost.status.value === "ready");
  });
});

describe("signing out", () => {
  it("destroy({ forget: true }) removes the saved session; a plain destroy keeps it for offline starts", async () => {
    const acc = freshAccount();
    const storage = memoryStorage();
    const first = await startSdk("sdr", { acc, storage });
    const agreement = await first.agreeMetric("meetings-booked", { baseline: 2 });
    await first.logProgress({ agreementId: agreement.id, value: 3 });
    await until(() => first.pending.value === 0);
    first.destroy();
    expect(storage.getItem(`goalpost:${apiBase}:${acc}:${acc}-user:session`)).toEqual(
      expect.stringContaining(agreement.id),
    );

    backend.setScenario({ offline: true });
    const kept = await startSdkOffline(acc, storage, switchableConnectivity(false));
    expect(kept.status.value).toBe("offline");
    expect(kept.agreements.value.map((a) => a.metric.id)).toEqual(["meetings-booked"]);

    kept.destroy({ forget: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.getItem(`goalpost:${apiBase}:${acc}:${acc}-user:session`)).toBeNull();
    const forgotten = await startSdkOffline(acc, storage, switchableConnectivity(false));
    expect(forgotten.status.value).toBe("error"); // nothing to start from
    expect(forgotten.agreements.value).toEqual([]);
    forgotten.destroy();
  });
});

async function startSdkOffline(
  acc: string,
  storage: ReturnType<typeof memoryStorage>,
  connectivity: ReturnType<typeof switchableConnectivity>,
) {
  const { createGoalpost } = await import("@goalpost/core");
  const goalpost = createGoalpost({
    apiBase,
    token: await tokenFor(acc, "sdr"),
    storage,
    connectivity,
  });
  await goalpost.start().catch(() => {});
  return goalpost;
}

describe("entries the server refused", () => {
  it("can be corrected and sent again, and a bad correction is refused at once", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { baseline: 6 });
    const stored = backend.state.agreements.find((a) => a.id === agreement.id);
    if (stored) Object.assign(stored, { status: "retired", retiredAt: new Date().toISOString() });
    await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    await until(() => goalpost.rejected.value.length === 1);
    const [entry] = goalpost.rejected.value;

    await expect(goalpost.retryRejected(entry?.id ?? "", -3)).rejects.toMatchObject({
      issues: [{ path: ["value"] }],
    });
    expect(goalpost.rejected.value).toHaveLength(1);

    // Agreed again elsewhere (looked up afresh: a refused write restores the mock's data).
    const again = backend.state.agreements.find((a) => a.id === agreement.id);
    if (again) Object.assign(again, { status: "agreed" });
    await goalpost.retryRejected(entry?.id ?? "", 4.5);
    await until(() => goalpost.pending.value === 0 && goalpost.rejected.value.length === 0);
    expect(storedFor(agreement.id).map((m) => [m.id, m.value])).toEqual([[entry?.id, 4.5]]);
  });
});
