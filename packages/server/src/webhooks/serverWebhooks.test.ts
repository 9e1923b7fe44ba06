import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signToken } from "@goalpost/backend";
import type { WebhookEvent } from "@goalpost/core/contract";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createPostgresDatabase } from "../../../../test/contract/support/createPostgresDatabase.ts";
import { loadConfig } from "../config/loadConfig.ts";
import type { Database } from "../db/Database.ts";
import { openPglite } from "../db/openPglite.ts";
import { createLogger } from "../ops/createLogger.ts";
import { type RunningServer, startServer } from "../ops/startServer.ts";
import { type Receiver, startReceiver } from "../testing/startReceiver.ts";
import { testNow } from "../testing/startTestServer.ts";

const day = 86_400_000;
const at = (days: number) => new Date(testNow.getTime() + days * day);
const env = {
  GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true",
  GOALPOST_WEBHOOK_POLL_MS: "50",
  GOALPOST_WEBHOOK_SCHEDULE_MS: "100",
  GOALPOST_RATE_LIMIT: "0",
};

/**
 * The worker and the scheduler in the running server, end to end, with a receiver on 127.0.0.1:
 * a write's events go out at once; a goal becomes overdue while no server runs, and the
 * receiver is told once; several instances on one database tell it once.
 */
describe.each(["pglite", "postgres"] as const)("the server's webhooks on %s", (kind) => {
  let where: Record<string, string>;
  /** The PGlite directory's first opening, from the run's migrated snapshot (no new cluster). */
  let seeded: Database | undefined;
  let drop: () => Promise<void>;
  let receiver: Receiver;
  const servers: RunningServer[] = [];
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    if (kind === "pglite") {
      const dir = mkdtempSync(join(tmpdir(), "goalpost-scheduled-"));
      where = { GOALPOST_DATA_DIR: join(dir, "data") };
      const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
      seeded = await openPglite(join(dir, "data"), { snapshot });
      drop = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const created = await createPostgresDatabase("goalpost_unit");
      where = { DATABASE_URL: created.url };
      drop = created.drop;
    }
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await receiver?.close();
    await drop?.();
  });

  const config = loadConfig({ ...env, GOALPOST_DATA_DIR: "memory://" }, { demo: true, port: 0 });
  async function serve(clock: () => Date, more: Record<string, string> = {}) {
    const database = seeded;
    seeded = undefined;
    const vars = { ...env, ...where, ...more };
    const server = await startServer(loadConfig(vars, { demo: true, port: 0 }), {
      ...(database ? { database } : {}),
      clock,
      log: createLogger("info", (line) => logs.push(JSON.parse(line))),
    });
    servers.push(server);
    return server;
  }
  /** POSTs as the admin, or as a user of `as.accountId` at the server's time `as.now`. */
  async function call(
    server: RunningServer,
    path: string,
    body: unknown,
    as?: { accountId: string; now: Date },
  ) {
    const token = as
      ? await signToken(
          { sub: "u1", acc: as.accountId, role: "sdr", exp: as.now.getTime() / 1000 + 3600 },
          config.signingSecret,
        )
      : config.adminKey;
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status, path).toBe(201);
    return (await response.json()) as Record<string, unknown> & { id: string };
  }
  /** A goal for a new account, set at `now` (the server's time) and due `days` later. */
  async function goalDueNextDay(server: RunningServer, accountId: string, now: Date, days = 1) {
    const as = { accountId, now };
    const metric = { metricId: "meetings-booked", baseline: { value: 4 } };
    const agreement = await call(server, "/v1/agreements", metric, as);
    const dueAt = new Date(now.getTime() + days * day).toISOString();
    return (await call(server, "/v1/goals", { agreementId: agreement.id, target: 6, dueAt }, as))
      .id;
  }
  /** The events of these accounts that the receiver got at `path` (goal.missed unless said). */
  const missed = (accounts: string[], path: string, type = "goal.missed") =>
    receiver.received
      .filter((r) => r.path === path)
      .map((r) => JSON.parse(r.body) as WebhookEvent)
      .filter((e) => e.type === type && accounts.includes(e.accountId));
  const mark = async (server: RunningServer) => {
    const [row] = await server.db.query<{ until_at: Date }>(
      "SELECT until_at FROM webhook_schedule",
    );
    return row ? new Date(row.until_at).getTime() : 0;
  };

  it("tells a goal missed (and one due soon) once, after a restart, when it became so while no server ran", async () => {
    const first = await serve(() => at(0));
    const { secret } = await call(first, "/v1/admin/webhooks", {
      url: `${receiver.url}/hooks`,
      eventTypes: ["goal.missed", "goal.due_soon"],
    });
    const accountId = `sched-${kind}`;
    const goalId = await goalDueNextDay(first, accountId, at(0));
    // Due in four days: three days before, while no server ran, it became due soon.
    const laterId = await goalDueNextDay(first, `${accountId}-later`, at(0), 4);
    await first.close();

    // Two days later: the server starts again and catches up.
    const second = await serve(() => at(2));
    await vi.waitFor(() => expect(missed([accountId], "/hooks").length).toBe(1), 10_000);
    await vi.waitFor(() =>
      expect(missed([`${accountId}-later`], "/hooks", "goal.due_soon").length).toBe(1),
    );
    expect(missed([`${accountId}-later`], "/hooks", "goal.due_soon")[0]).toMatchObject({
      id: `goal.due_soon:${laterId}`,
      at: at(1).toISOString(),
      data: { id: laterId, status: "active" },
    });
    const [event] = missed([accountId], "/hooks") as [WebhookEvent];
    expect(event).toMatchObject({
      id: `goal.missed:${goalId}`,
      at: new Date(at(1).getTime() + 1).toISOString(),
      data: { id: goalId, status: "missed", closedAt: at(1).toISOString() },
    });
    const request = receiver.received.find((r) => r.body.includes(`goal.missed:${goalId}`));
    expect(request && (await receiver.verify(request, secret as string))).toMatchObject({
      ok: true,
    });
    await second.close();

    // Again a day later: the round covers a time in which nothing is due.
    const third = await serve(() => at(3));
    await vi.waitFor(async () => expect(await mark(third)).toBe(at(3).getTime()));
    const [queued] = await third.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhook_events ev ON ev.seq = d.event_seq
       WHERE ev.account_id IN ($1::text, $2::text)`,
      [accountId, `${accountId}-later`],
    );
    expect(queued?.n).toBe(2);
    expect(missed([accountId], "/hooks").length).toBe(1);
    expect(missed([`${accountId}-later`], "/hooks", "goal.due_soon").length).toBe(1);
  });

  it("delivers a write's events at once: the write nudges the worker, which does not wait to poll", async () => {
    const server = await serve(() => at(3), { GOALPOST_WEBHOOK_POLL_MS: "600000" });
    await call(server, "/v1/admin/webhooks", {
      url: `${receiver.url}/nudged`,
      eventTypes: ["metric.agreed"],
    });
    const as = { accountId: `nudged-${kind}`, now: at(3) };
    const agreement = await call(server, "/v1/agreements", { metricId: "meetings-booked" }, as);
    await vi.waitFor(() =>
      expect(receiver.received.filter((r) => r.path === "/nudged").length).toBe(1),
    );
    const [request] = receiver.received.filter((r) => r.path === "/nudged");
    expect(JSON.parse(request?.body ?? "")).toMatchObject({
      type: "metric.agreed",
      accountId: as.accountId,
      data: { id: agreement.id },
    });
  });

  it.runIf(kind === "postgres")(
    "with two instances on one database, tells each scheduled event once",
    async () => {
      const first = await serve(() => at(10));
      await call(first, "/v1/admin/webhooks", {
        url: `${receiver.url}/both`,
        eventTypes: ["goal.missed"],
      });
      const accounts = ["twin-a", "twin-b", "twin-c"];
      const goals: string[] = [];
      for (const accountId of accounts) goals.push(await goalDueNextDay(first, accountId, at(10)));
      await first.close();

      // Both start two days on, their clocks running: rounds keep coming, from both.
      const started = Date.now();
      const clock = () => new Date(at(12).getTime() + (Date.now() - started));
      const [a, b] = await Promise.all([serve(clock), serve(clock)]);
      if (!a || !b) throw new Error("not started");
      await vi.waitFor(() => expect(missed(accounts, "/both").length).toBe(3), 10_000);
      // Let several rounds of each pass.
      const later = clock().getTime() + 1000;
      await vi.waitFor(async () => expect(await mark(a)).toBeGreaterThan(later), 10_000);
      expect(
        missed(accounts, "/both")
          .map((e) => e.id)
          .sort(),
      ).toEqual(goals.map((id) => `goal.missed:${id}`).sort());
    },
  );
});
