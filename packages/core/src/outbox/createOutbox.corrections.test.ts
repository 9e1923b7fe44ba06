import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CreateMeasurementBody, Measurement } from "../contract/measurement.ts";
import { HttpError } from "../errors/HttpError.ts";
import { createOutbox, type OutboxEntry, type OutboxOptions } from "./createOutbox.ts";
import { memoryStorage } from "./memoryStorage.ts";

type Answer = "ok" | "503" | "422" | "hang";

/** A server that keeps measurements by id and logs every request as `METHOD id value`. */
function fakeServer() {
  const stored = new Map<string, Measurement>();
  const log: string[] = [];
  const script: Answer[] = [];
  const hanging: (() => void)[] = [];
  async function send(body: CreateMeasurementBody, entry: OutboxEntry): Promise<Measurement> {
    const method = entry.kind === "correct" ? "PATCH" : entry.kind === "delete" ? "DELETE" : "POST";
    log.push(
      `${method} ${body.id}${method === "DELETE" ? "" : ` ${entry.patch?.value ?? body.value}`}`,
    );
    await Promise.resolve();
    const answer = script.shift() ?? "ok";
    if (answer === "hang") await new Promise<void>((resolve) => hanging.push(resolve));
    if (answer === "503") throw new HttpError(503, undefined, method, "/v1/measurements");
    if (answer === "422") {
      const error = { code: "invalid", message: "value must be 0 or more" };
      throw new HttpError(422, { error }, method, "/v1/measurements");
    }
    const before = stored.get(body.id);
    if (method !== "POST" && !before) {
      throw new HttpError(
        404,
        { error: { code: "not_found", message: "no measurement" } },
        method,
        "",
      );
    }
    const after: Measurement =
      method === "POST"
        ? (before ?? { ...body, at: body.at ?? "2025-03-01T10:00:00Z", userId: "u1" })
        : method === "PATCH"
          ? {
              ...(before as Measurement),
              value: entry.patch?.value ?? (before as Measurement).value,
            }
          : { ...(before as Measurement), deletedAt: "2025-03-01T12:00:00Z" };
    stored.set(body.id, after);
    return after;
  }
  const release = () => {
    for (const resolve of hanging.splice(0)) resolve();
  };
  return { send, stored, log, script, release };
}

const body = (id: string, value = 3): CreateMeasurementBody => ({
  id,
  agreementId: "ag-1",
  value,
  source: "self",
  at: "2025-03-01T10:00:00Z",
  note: "typed",
});

function setup(overrides: Partial<OutboxOptions> = {}) {
  const server = fakeServer();
  const storage = memoryStorage();
  const delivered: string[] = [];
  let ids = 0;
  const options: OutboxOptions = {
    storage,
    key: "goalpost:test:outbox",
    send: server.send,
    random: () => 0.5,
    onDelivered: (entry, m) => delivered.push(`${entry.kind ?? "create"} ${m.id} ${m.value}`),
    ...overrides,
  };
  const outbox = createOutbox(options);
  const nextId = () => `c${++ids}`;
  return { server, storage, delivered, options, outbox, nextId };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2025-03-01T12:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("corrections through the outbox", () => {
  it("amends an entry never sent: the server sees only the corrected value, once", async () => {
    let online = false;
    const { server, outbox, nextId, delivered } = setup({ isOnline: () => online });
    await outbox.start();
    await outbox.enqueue(body("m1", 50));
    const carrier = await outbox.amend(body("m1", 50), { value: 5, note: null }, nextId());
    expect(carrier).toMatchObject({ id: "m1", body: { value: 5 } });
    expect(carrier?.body).not.toHaveProperty("note");
    expect(outbox.entries.value).toHaveLength(1);
    online = true;
    outbox.online();
    await outbox.flush();
    expect(server.log).toEqual(["POST m1 5"]);
    expect(delivered).toEqual(["create m1 5"]);
  });

  it("drops an entry never sent when it is deleted: nothing reaches the server", async () => {
    let online = false;
    const { server, outbox, nextId, storage } = setup({ isOnline: () => online });
    await outbox.start();
    await outbox.enqueue(body("m1"));
    expect(await outbox.amend(body("m1"), "delete", nextId())).toBeUndefined();
    online = true;
    outbox.online();
    await outbox.flush();
    expect(server.log).toEqual([]);
    expect(outbox.pending.value).toBe(0);
    expect(JSON.parse((await storage.getItem("goalpost:test:outbox")) ?? "{}").entries).toEqual([]);
  });

  it("sends a correction after an entry that may have reached the server, however retries fall", async () => {
    const { server, outbox, nextId, delivered } = setup();
    server.script.push("503");
    await outbox.start();
    await outbox.enqueue(body("m1", 50));
    await vi.advanceTimersByTimeAsync(0); // tried once: the server may hold it
    const carrier = await outbox.amend(body("m1", 50), { value: 5 }, nextId());
    expect(carrier).toMatchObject({ id: "c1", kind: "correct", patch: { value: 5 } });
    // The correction is due now, the entry only after its backoff: still the entry goes first.
    await vi.advanceTimersByTimeAsync(0);
    expect(server.log).toEqual(["POST m1 50"]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.log).toEqual(["POST m1 50", "POST m1 50", "PATCH m1 5"]);
    expect(delivered).toEqual(["create m1 50", "correct m1 5"]);
    expect(server.stored.get("m1")?.value).toBe(5);
  });

  it("queues a correction of an entry being sent, rather than changing it under the request", async () => {
    const { server, outbox, nextId } = setup();
    server.script.push("hang");
    await outbox.start();
    await outbox.enqueue(body("m1", 50));
    await vi.advanceTimersByTimeAsync(0);
    await outbox.amend(body("m1", 50), { value: 5 }, nextId());
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    await outbox.flush();
    expect(server.log).toEqual(["POST m1 50", "PATCH m1 5"]);
    expect(server.stored.get("m1")?.value).toBe(5);
  });

  it("merges corrections not sent yet, and a deletion takes an unsent correction's place", async () => {
    let online = false;
    const { server, outbox, nextId } = setup({ isOnline: () => online });
    await outbox.start();
    server.stored.set("m1", { ...body("m1", 50), at: "2025-03-01T10:00:00Z", userId: "u1" });
    await outbox.amend(body("m1", 50), { value: 5 }, nextId());
    await outbox.amend(body("m1", 5), { note: "fixed" }, nextId());
    expect(outbox.entries.value).toEqual([
      expect.objectContaining({
        id: "c1",
        patch: { value: 5, note: "fixed" },
        body: expect.objectContaining({ value: 5, note: "fixed" }),
      }),
    ]);
    await outbox.amend(body("m2", 7), { value: 8 }, nextId());
    await outbox.amend(body("m2", 8), "delete", nextId());
    expect(outbox.entries.value.map((e) => [e.id, e.kind])).toEqual([
      ["c1", "correct"],
      ["c4", "delete"],
    ]);
    server.stored.set("m2", { ...body("m2", 7), at: "2025-03-01T10:00:00Z", userId: "u1" });
    online = true;
    outbox.online();
    await outbox.flush();
    expect(server.log).toEqual(["PATCH m1 5", "DELETE m2"]);
  });

  it("re-sends a correction after a transient failure; a refusal leaves it rejected to retry", async () => {
    const { server, outbox, nextId } = setup();
    server.stored.set("m1", { ...body("m1", 50), at: "2025-03-01T10:00:00Z", userId: "u1" });
    server.script.push("503", "422");
    await outbox.start();
    await outbox.amend(body("m1", 50), { value: 5 }, nextId());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.log).toEqual(["PATCH m1 5", "PATCH m1 5"]);
    expect(outbox.rejected.value).toEqual([
      expect.objectContaining({ id: "c1", status: "rejected" }),
    ]);
    // Corrected again, the refused correction is amended and sent once more.
    await outbox.retry("c1", { ...body("m1", 6) });
    await outbox.flush();
    expect(server.log.at(-1)).toBe("PATCH m1 6");
    expect(server.stored.get("m1")?.value).toBe(6);
    expect(outbox.entries.value).toEqual([]);
  });

  it("keeps a correction across a reload and sends it once", async () => {
    let online = false;
    const { server, outbox, nextId, options } = setup({ isOnline: () => online });
    server.stored.set("m1", { ...body("m1", 50), at: "2025-03-01T10:00:00Z", userId: "u1" });
    await outbox.start();
    await outbox.amend(body("m1", 50), "delete", nextId());
    outbox.stop();
    online = true;
    const next = createOutbox(options);
    await next.start();
    await next.flush();
    expect(server.log).toEqual(["DELETE m1"]);
    expect(next.entries.value).toEqual([]);
  });
});
