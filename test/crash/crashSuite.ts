import { randomUUID } from "node:crypto";
import { type Measurement, MeasurementPage } from "@goalpost/core";
import { signToken } from "@goalpost/mock-backend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freshDatabase,
  type GoalpostServer,
  type ServerDatabase,
  startGoalpostServer,
} from "../contract/support/startGoalpostServer.ts";
import { sendJson as send } from "./sendJson.ts";

/** Measurements in one burst, and how many are in flight at once. */
const burstSize = 400;
const concurrency = 16;

/** One write of the burst and what became of it. */
interface Write {
  body: { id: string; agreementId: string; value: number; source: "self" };
  /** The status of its answer; undefined when none came (connection refused or cut). */
  status?: number | undefined;
}

/** Every measurement of an agreement, page by page. */
async function allMeasurements(url: string, token: string, agreementId: string) {
  const items: Measurement[] = [];
  let cursor: string | undefined;
  do {
    const query = `?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = MeasurementPage.parse(
      (await send(url, token, "GET", `/v1/agreements/${agreementId}/measurements${query}`)).body,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * Sends the writes `concurrency` at a time, and calls `interrupt` once `after` of them are
 * acknowledged. Writes that got no answer keep `status` undefined.
 */
async function burst(
  url: string,
  token: string,
  writes: Write[],
  after: number,
  interrupt: () => void,
) {
  let next = 0;
  let acknowledged = 0;
  let interrupted = false;
  const worker = async () => {
    for (let write = writes[next++]; write; write = writes[next++]) {
      try {
        write.status = (await send(url, token, "POST", "/v1/measurements", write.body)).status;
        if (write.status < 300) acknowledged += 1;
      } catch {
        write.status = undefined;
      }
      if (acknowledged >= after && !interrupted) {
        interrupted = true;
        interrupt();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * The crash suite for one database: each database's suite is a file of its own
 * (crash.pglite.test.ts, crash.postgres.test.ts), so the two run side by side.
 */
export function describeCrashes(kind: ServerDatabase["kind"]): void {
  describe(`goalpost-server on ${kind}`, () => {
    let database: ServerDatabase;
    let drop: () => Promise<void>;
    let server: GoalpostServer | undefined;
    const user = { sub: `crash-${randomUUID()}`, acc: `crash-${randomUUID()}`, role: "sdr" };
    let token: string;

    beforeAll(async () => {
      ({ database, drop } = await freshDatabase(kind));
      token = await signToken(user, "demo-signing-secret");
    }, 30_000);
    afterAll(async () => {
      await server?.stop();
      await drop?.();
    });

    async function agreement(url: string, metricId: string): Promise<string> {
      const created = await send(url, token, "POST", "/v1/agreements", {
        metricId,
        baseline: { value: 1 },
      });
      expect(created.status).toBe(201);
      return (created.body as { id: string }).id;
    }

    it("killed mid-burst (SIGKILL) loses no acknowledged write, and retries land exactly once", async () => {
      server = await startGoalpostServer(database);
      const agreementId = await agreement(server.url, "meetings-booked");
      const writes: Write[] = Array.from({ length: burstSize }, (_, i) => ({
        body: { id: `crash-${randomUUID()}`, agreementId, value: i % 50, source: "self" },
      }));
      const victim = server.process;
      const killed = new Promise((resolve) => victim.once("exit", resolve));
      await burst(server.url, token, writes, burstSize * 0.4, () => victim.kill("SIGKILL"));
      await killed;
      const acknowledged = writes.filter((w) => w.status !== undefined && w.status < 300);
      const unknown = writes.filter((w) => w.status === undefined || w.status >= 500);
      // The kill really cut the burst: some writes were answered, some were not.
      expect(acknowledged.length).toBeGreaterThanOrEqual(burstSize * 0.4);
      expect(unknown.length).toBeGreaterThan(0);
      expect(acknowledged.length + unknown.length).toBe(burstSize);

      server = await startGoalpostServer(database);
      const url = server.url;
      // Every acknowledged write survived the crash.
      const survived = new Set((await allMeasurements(url, token, agreementId)).map((m) => m.id));
      for (const write of acknowledged)
        expect(survived.has(write.body.id), write.body.id).toBe(true);

      // Retrying every write whose fate was unknown: 201 if it was lost, 200 if it had landed.
      for (const write of unknown) {
        const retried = await send(url, token, "POST", "/v1/measurements", write.body);
        expect(retried.status, JSON.stringify(retried.body)).toBe(
          survived.has(write.body.id) ? 200 : 201,
        );
      }
      // Replaying acknowledged ones answers 200 with what was stored.
      for (const write of acknowledged.slice(0, 25)) {
        const replay = await send(url, token, "POST", "/v1/measurements", write.body);
        expect(replay.status).toBe(200);
        expect(replay.body).toMatchObject({ id: write.body.id, value: write.body.value });
      }

      // Exactly one stored measurement per id: none lost, none doubled.
      const stored = await allMeasurements(url, token, agreementId);
      const ids = stored.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(writes.map((w) => w.body.id).sort());
    }, 180_000);

    it("stopped mid-burst (SIGTERM) answers every request it had accepted, and exits 0", async () => {
      server ??= await startGoalpostServer(database);
      const agreementId = await agreement(server.url, "qualified-contacts");
      const writes: Write[] = Array.from({ length: burstSize }, (_, i) => ({
        body: { id: `stop-${randomUUID()}`, agreementId, value: i, source: "self" },
      }));
      // qualified-contacts is app-generated data: the SDK records it with source "app".
      for (const write of writes) (write.body as { source: string }).source = "app";
      const running = server;
      let exited: Promise<number | null> | undefined;
      await burst(server.url, token, writes, burstSize * 0.3, () => {
        exited = running.stop();
      });
      expect(await exited).toBe(0);
      const answered = writes.filter((w) => w.status !== undefined);
      // Nothing that reached the server was cut off: it answered, or refused the connection.
      expect(answered.every((w) => w.status === 201)).toBe(true);
      expect(answered.length).toBeGreaterThanOrEqual(burstSize * 0.3);

      server = await startGoalpostServer(database);
      const stored = new Set(
        (await allMeasurements(server.url, token, agreementId)).map((m) => m.id),
      );
      for (const write of answered) expect(stored.has(write.body.id)).toBe(true);
      expect(stored.size).toBe(answered.length);
    }, 180_000);
  });
}
