import { effect } from "@preact/signals-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CreateMeasurementBody, Measurement } from "../contract/measurement.ts";
import { HttpError } from "../errors/HttpError.ts";
import { NetworkError } from "../errors/NetworkError.ts";
import { TimeoutError } from "../errors/TimeoutError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { createOutbox, type OutboxOptions } from "./createOutbox.ts";
import { memoryStorage } from "./memoryStorage.ts";

const url = "/v1/measurements";
const key = "goalpost:test:outbox";

type Answer = "ok" | "503" | "401" | "422" | "timeout" | "stored-then-timeout" | "network" | "hang";

/** A server that stores each id once (a repeat with the same body is a replay) and scripts failures. */
function fakeServer() {
  const stored = new Map<string, string>();
  const created: string[] = [];
  const received: string[] = [];
  const script: Answer[] = [];
  const hanging: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  function store(body: CreateMeasurementBody): Measurement {
    const text = JSON.stringify(body);
    const before = stored.get(body.id);
    if (before !== undefined && before !== text) {
      const error = { code: "conflict", message: "id used with another body" };
      throw new HttpError(409, { error }, "POST", url);
    }
    if (before === undefined) created.push(body.id);
    stored.set(body.id, text);
    return { ...body, at: body.at ?? "2025-01-01T00:00:00Z", userId: "u1" };
  }

  async function send(body: CreateMeasurementBody): Promise<Measurement> {
    received.push(body.id);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await Promise.resolve();
      const answer = script.shift() ?? "ok";
      if (answer === "hang") {
        await new Promise<void>((resolve) => hanging.push(resolve));
        return store(body);
      }
      if (answer === "503") throw new HttpError(503, undefined, "POST", url);
      if (answer === "401") throw new HttpError(401, undefined, "POST", url);
      if (answer === "network") throw new NetworkError("POST", url);
      if (answer === "timeout") throw new TimeoutError("POST", url, 10_000);
      if (answer === "stored-then-timeout") {
        store(body);
        throw new TimeoutError("POST", url, 10_000);
      }
      if (answer === "422") {
        const issues = [{ path: ["value"], message: "must be at most 5" }];
        throw new HttpError(
          422,
          { error: { code: "invalid", message: "bad value", issues } },
          "POST",
          url,
        );
      }
      return store(body);
    } finally {
      inFlight--;
    }
  }

  const stats = () => ({ maxInFlight });
  const release = () => {
    for (const resolve of hanging.splice(0)) resolve();
  };
  return { send, stored, created, received, script, release, stats };
}

function body(id: string, value = 3): CreateMeasurementBody {
  return { id, agreementId: "ag-1", value, source: "self", at: "2025-03-01T10:00:00Z" };
}

function setup(overrides: Partial<OutboxOptions> = {}) {
  const server = fakeServer();
  const storage = memoryStorage();
  const delivered: string[] = [];
  const options: OutboxOptions = {
    storage,
    key,
    send: server.send,
    random: () => 0.5,
    onDelivered: (entry) => delivered.push(entry.id),
    ...overrides,
  };
  return { server, storage, delivered, options, outbox: createOutbox(options) };
}

const storedIds = async (storage: ReturnType<typeof memoryStorage>) =>
  (JSON.parse((await storage.getItem(key)) ?? '{"entries":[]}').entries as { id: string }[]).map(
    (e) => e.id,
  );

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2025-03-01T12:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createOutbox", () => {
  it("stores an entry before sending and removes it only after the server acknowledged it", async () => {
    const { server, storage, outbox, delivered } = setup();
    server.script.push("hang");
    await outbox.start();
    const entry = await outbox.enqueue(body("m1"));
    expect(entry).toMatchObject({ id: "m1", status: "pending", attempts: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.received).toEqual(["m1"]);
    expect(await storedIds(storage)).toEqual(["m1"]);
    server.release();
    await outbox.flush();
    expect(await storedIds(storage)).toEqual([]);
    expect(server.created).toEqual(["m1"]);
    expect(delivered).toEqual(["m1"]);
    expect(outbox.entries.value).toEqual([]);
  });

  it("waits while offline and delivers once when connectivity returns", async () => {
    let online = false;
    const { server, outbox, delivered } = setup({ isOnline: () => online });
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await outbox.enqueue(body("m2"));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(server.received).toEqual([]);
    expect(outbox.pending.value).toBe(2);

    online = true;
    outbox.online();
    await outbox.flush();
    expect(server.created).toEqual(["m1", "m2"]);
    expect(server.received).toEqual(["m1", "m2"]);
    expect(delivered).toEqual(["m1", "m2"]);
    expect(outbox.pending.value).toBe(0);
  });

  it("runs a flush asked for just as an earlier run ends, rather than dropping it", async () => {
    let online = false;
    const { server, outbox } = setup({ isOnline: () => online });
    await outbox.start();
    await outbox.enqueue(body("m1")); // its run found the outbox offline and is ending
    online = true;
    await outbox.flush();
    expect(server.received).toEqual(["m1"]);
  });

  it("rides out a burst of 503s with growing waits and delivers each entry once", async () => {
    const { server, storage, outbox } = setup();
    server.script.push("503", "503", "503");
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.received).toHaveLength(1);
    // random 0.5 with equal jitter: waits are 3/4 of 1 s, 2 s, 4 s
    expect(outbox.entries.value[0]).toMatchObject({ attempts: 1, error: { status: 503 } });
    await vi.advanceTimersByTimeAsync(749);
    expect(server.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1499);
    expect(server.received).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.received).toHaveLength(3);
    await outbox.enqueue(body("m2")); // held back too: the server is still failing
    expect(server.received).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(2999);
    expect(server.received).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    // m2 became due before m1's retry time, so it goes first once the hold ends
    expect(server.received).toEqual(["m1", "m1", "m1", "m2", "m1"]);
    expect(server.created).toEqual(["m2", "m1"]);
    expect(await storedIds(storage)).toEqual([]);
  });

  it("re-sends after a timeout and the server counts the id once", async () => {
    const { server, outbox, delivered } = setup();
    server.script.push("stored-then-timeout", "timeout", "network");
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.received).toEqual(["m1", "m1", "m1", "m1"]);
    expect(server.created).toEqual(["m1"]);
    expect(delivered).toEqual(["m1"]);
  });

  it("survives a reload mid-flight: a new outbox re-sends the same id and nothing is doubled", async () => {
    const { server, storage, options, outbox } = setup();
    server.script.push("hang");
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await outbox.enqueue(body("m2"));
    await vi.advanceTimersByTimeAsync(0);
    outbox.stop(); // the page goes away while m1 is on the wire

    const next = createOutbox(options);
    await next.start();
    await next.flush();
    server.release(); // the old request lands after all
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.received).toEqual(["m1", "m1", "m2"]);
    expect(server.created).toEqual(["m1", "m2"]);
    expect(await storedIds(storage)).toEqual([]);
    expect(outbox.entries.value.map((e) => e.id)).toEqual(["m1", "m2"]); // the stopped one is inert
  });

  it("re-sends an acknowledged entry whose removal never reached storage", async () => {
    const { server, storage, options } = setup();
    const first = createOutbox({
      ...options,
      send: async (b) => {
        const measurement = await server.send(b);
        first.stop(); // crash between the answer and the removal
        return measurement;
      },
    });
    await first.start();
    await first.enqueue(body("m1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(await storedIds(storage)).toEqual(["m1"]);
    const second = createOutbox(options);
    await second.start();
    await second.flush();
    expect(server.received).toEqual(["m1", "m1"]);
    expect(server.created).toEqual(["m1"]);
    expect(await storedIds(storage)).toEqual([]);
  });

  it("holds a 422 as rejected with its issues, never retries it, and lets the user retry or discard", async () => {
    const rejected: string[] = [];
    const { server, storage, outbox } = setup({ onRejected: (e) => rejected.push(e.id) });
    server.script.push("422", "422");
    await outbox.start();
    await outbox.enqueue(body("m1", 9));
    await outbox.enqueue(body("m2", 9));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(server.received).toEqual(["m1", "m2"]);
    expect(rejected).toEqual(["m1", "m2"]);
    expect(outbox.pending.value).toBe(0);
    expect(outbox.rejected.value[0]).toMatchObject({
      id: "m1",
      status: "rejected",
      error: {
        status: 422,
        code: "invalid",
        issues: [{ path: ["value"], message: "must be at most 5" }],
      },
    });

    await outbox.retry("m1", body("m1", 4));
    await outbox.flush();
    expect(server.created).toEqual(["m1"]);
    expect(JSON.parse(server.stored.get("m1") ?? "{}").value).toBe(4);

    await outbox.discard("m2");
    expect(outbox.rejected.value).toEqual([]);
    expect(await storedIds(storage)).toEqual([]);
    await outbox.discard("m2"); // already gone: fine
    await expect(outbox.retry("m2")).rejects.toThrow(/not in the outbox/);
    await expect(outbox.retry("m1", body("other"))).rejects.toThrow(/must keep its id/);
  });

  it("rejects a body the client refuses, keeping the issues", async () => {
    const issues = [{ path: ["note"], message: "too long" }];
    const { outbox } = setup({
      send: () => Promise.reject(new ValidationError("measurement", issues)),
    });
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await outbox.flush();
    expect(outbox.rejected.value[0]?.error).toMatchObject({ code: "invalid", issues });
  });

  it("keeps a 401 pending for after the token is renewed", async () => {
    const { server, outbox, delivered } = setup();
    server.script.push("401");
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.entries.value[0]).toMatchObject({ status: "pending", error: { status: 401 } });
    outbox.online(); // e.g. after identify: no need to wait for the backoff
    await outbox.flush();
    expect(delivered).toEqual(["m1"]);
  });

  it("keeps the pending count signal up to date", async () => {
    const { server, outbox } = setup();
    const counts: number[] = [];
    const dispose = effect(() => {
      counts.push(outbox.pending.value);
    });
    server.script.push("hang");
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await outbox.enqueue(body("m2"));
    server.release();
    await outbox.flush();
    dispose();
    expect(counts).toEqual([0, 1, 2, 1, 0]);
  });

  it("sends one request at a time, and concurrent flushes share one run", async () => {
    const { server, outbox } = setup();
    await outbox.start();
    await Promise.all([1, 2, 3, 4].map((n) => outbox.enqueue(body(`m${n}`))));
    const runs = [outbox.flush(), outbox.flush()];
    expect(runs[0]).toBe(runs[1]);
    await Promise.all(runs);
    expect(server.created).toEqual(["m1", "m2", "m3", "m4"]);
    expect(server.stats().maxInFlight).toBe(1);
  });

  it("stamps the time of an entry made without one, and a double submit stays one entry", async () => {
    const { outbox } = setup({ isOnline: () => false });
    await outbox.start();
    const { at: _, ...withoutTime } = body("m1");
    const entry = await outbox.enqueue(withoutTime);
    expect(entry.body.at).toBe("2025-03-01T12:00:00.000Z");
    await outbox.enqueue(withoutTime);
    expect(outbox.entries.value).toHaveLength(1);
  });

  it("does not send before start, and stops sending after stop", async () => {
    const { server, outbox } = setup();
    await outbox.enqueue(body("m1"));
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.received).toEqual([]);
    await outbox.start();
    await outbox.flush();
    expect(server.received).toEqual(["m1"]);
    server.script.push("503");
    await outbox.enqueue(body("m2"));
    await vi.advanceTimersByTimeAsync(0);
    outbox.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.received).toEqual(["m1", "m2"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not let a clock that was set back stall an entry", async () => {
    const { server, storage, options } = setup();
    const later = Date.now() + 24 * 3600_000; // written while the clock ran a day ahead
    const entry = {
      id: "m1",
      body: body("m1"),
      createdAt: later,
      attempts: 1,
      nextAttemptAt: later,
    };
    await storage.setItem(
      key,
      JSON.stringify({ v: 1, entries: [{ ...entry, status: "pending" }] }),
    );
    const outbox = createOutbox(options);
    await outbox.start();
    await outbox.flush();
    expect(server.created).toEqual(["m1"]);
  });

  it("refuses a backoff that cannot work", () => {
    const { options } = setup();
    expect(() => createOutbox({ ...options, backoff: { baseMs: 0 } })).toThrow(/backoff/);
  });
});
