import { describe, expect, it } from "vitest";
import type { CreateMeasurementBody, Measurement } from "../contract/measurement.ts";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { createOutbox, type OutboxOptions } from "./createOutbox.ts";
import { memoryStorage } from "./memoryStorage.ts";
import type { OutboxStorage } from "./OutboxStorage.ts";

const key = "goalpost:tabs:outbox";

/** Records every id that reaches the server and each id it created (a repeat is a replay). */
function recorder() {
  const received: string[] = [];
  const created = new Set<string>();
  const send = async (body: CreateMeasurementBody): Promise<Measurement> => {
    received.push(body.id);
    created.add(body.id);
    return { ...body, at: body.at ?? "2025-01-01T00:00:00Z", userId: "u1" };
  };
  return { received, created, send };
}

const body = (id: string): CreateMeasurementBody => ({
  id,
  agreementId: "ag-1",
  value: 1,
  source: "app",
  at: "2025-03-01T10:00:00Z",
});

const storedIds = async (storage: OutboxStorage) =>
  (JSON.parse((await storage.getItem(key)) ?? '{"entries":[]}').entries as { id: string }[])
    .map((e) => e.id)
    .sort();

function tab(storage: OutboxStorage, send: OutboxOptions["send"], online: { value: boolean }) {
  return createOutbox({
    storage,
    key,
    send,
    isOnline: () => online.value,
    setTimer: () => 0,
    clearTimer: () => {},
  });
}

describe("outboxes sharing one storage", () => {
  it("do not lose each other's entries, and each id reaches the server once", async () => {
    const storage = memoryStorage();
    const server = recorder();
    const online = { value: false };
    const a = tab(storage, server.send, online);
    const b = tab(storage, server.send, online);
    await Promise.all([a.start(), b.start()]);
    await Promise.all([a.enqueue(body("a1")), b.enqueue(body("b1")), a.enqueue(body("a2"))]);
    await b.enqueue(body("b2"));
    expect(await storedIds(storage)).toEqual(["a1", "a2", "b1", "b2"]);

    online.value = true;
    a.online();
    await a.flush();
    b.online();
    await b.flush();
    expect([...server.created].sort()).toEqual(["a1", "a2", "b1", "b2"]);
    expect(server.received).toHaveLength(4); // b saw a's deliveries and sent nothing twice
    expect(await storedIds(storage)).toEqual([]);
    expect(b.entries.value).toEqual([]);
  });

  it("never brings back an entry another tab delivered", async () => {
    const storage = memoryStorage();
    const server = recorder();
    const online = { value: false };
    const a = tab(storage, server.send, online);
    const b = tab(storage, server.send, online);
    await a.start();
    await a.enqueue(body("m1"));
    await b.start(); // b now holds m1 too
    online.value = true;
    await a.online();
    await a.flush();
    await b.enqueue(body("m2")); // b writes while still remembering m1
    expect(await storedIds(storage)).toEqual(["m2"]);
    await b.flush();
    expect(server.received).toEqual(["m1", "m2"]);
  });

  it("puts back an entry that storage lost while this outbox still holds it", async () => {
    const storage = memoryStorage();
    const online = { value: false };
    const a = tab(storage, recorder().send, online);
    await a.start();
    await a.enqueue(body("m1"));
    await storage.removeItem(key); // e.g. the user cleared site data for another key prefix
    await a.enqueue(body("m2"));
    expect(await storedIds(storage)).toEqual(["m1", "m2"]);
  });

  it("works over an asynchronous storage", async () => {
    const inner = memoryStorage();
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
    const storage: OutboxStorage = {
      getItem: async (k) => later(await inner.getItem(k)),
      setItem: async (k, v) => later(await inner.setItem(k, v)),
      removeItem: async (k) => later(await inner.removeItem(k)),
    };
    const server = recorder();
    const outbox = tab(storage, server.send, { value: true });
    await outbox.start();
    await Promise.all([outbox.enqueue(body("m1")), outbox.enqueue(body("m2"))]);
    await outbox.flush();
    expect(server.received).toEqual(["m1", "m2"]);
    expect(await storedIds(storage)).toEqual([]);
  });
});

describe("storage failures", () => {
  function failing() {
    const inner = memoryStorage();
    let broken = false;
    const storage: OutboxStorage = {
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (broken) throw new Error("QuotaExceededError");
        return inner.setItem(k, v);
      },
      removeItem: (k) => inner.removeItem(k),
    };
    return { storage, inner, setBroken: (value: boolean) => (broken = value) };
  }

  it("rejects an enqueue that could not be stored, keeping nothing", async () => {
    const { storage, setBroken } = failing();
    const outbox = tab(storage, recorder().send, { value: false });
    await outbox.start();
    setBroken(true);
    const error = await outbox.enqueue(body("m1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoalpostError);
    expect((error as Error).message).toMatch(
      /Could not write the outbox in storage "goalpost:tabs:outbox"/,
    );
    expect(outbox.entries.value).toEqual([]);
    expect(await storedIds(storage)).toEqual([]);
  });

  it("follows the server's answer when storage fails after it, without sending again", async () => {
    const { storage, setBroken } = failing();
    const server = recorder();
    const outbox = tab(
      storage,
      async (b) => {
        setBroken(true);
        return server.send(b);
      },
      { value: true },
    );
    await outbox.start();
    await outbox.enqueue(body("m1"));
    await outbox.flush();
    await outbox.flush();
    expect(server.received).toEqual(["m1"]);
    expect(outbox.entries.value).toEqual([]);
    expect(outbox.problems.value.map((p) => p.code)).toEqual(["storage_failed"]);
    // storage still holds m1: the next page re-sends it and the server replays it
    expect(await storedIds(storage)).toEqual(["m1"]);
  });
});

describe("corrupt storage", () => {
  it("starts empty from a value that is not JSON, sets it aside and reports it", async () => {
    const storage = memoryStorage();
    await storage.setItem(key, "{not json");
    const reported: string[] = [];
    const outbox = createOutbox({
      storage,
      key,
      send: recorder().send,
      isOnline: () => false,
      onProblem: (p) => reported.push(p.code),
    });
    await outbox.start();
    expect(outbox.entries.value).toEqual([]);
    expect(outbox.problems.value).toEqual([
      expect.objectContaining({ code: "unreadable_storage", raw: "{not json" }),
    ]);
    expect(reported).toEqual(["unreadable_storage"]);
    expect(await storage.getItem(`${key}:unreadable`)).toBe("{not json");
    await outbox.enqueue(body("m1"));
    expect(await storedIds(storage)).toEqual(["m1"]);
  });

  it("delivers the entries that parse and keeps the others untouched", async () => {
    const storage = memoryStorage();
    const good = {
      id: "m1",
      body: body("m1"),
      createdAt: 1,
      attempts: 2,
      nextAttemptAt: 1,
      status: "pending",
    };
    const bad = { id: "m2", body: "oops" };
    await storage.setItem(key, JSON.stringify({ v: 1, entries: [good, bad, 42], done: [] }));
    const server = recorder();
    const outbox = tab(storage, server.send, { value: true });
    await outbox.start();
    await outbox.flush();
    await outbox.flush();
    expect(server.received).toEqual(["m1"]);
    expect(outbox.problems.value.map((p) => [p.code, p.raw])).toEqual([
      ["invalid_entry", bad],
      ["invalid_entry", 42],
    ]);
    const left = JSON.parse((await storage.getItem(key)) ?? "").entries;
    expect(left).toEqual([bad, 42]);
  });
});
