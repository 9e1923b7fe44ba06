import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

const inAMonth = new Date(testNow.getTime() + 30 * 86_400_000).toISOString();

/** Fires `count` requests at once and returns their statuses, sorted. */
async function burst(count: number, send: (i: number) => Promise<{ status: number }>) {
  const replies = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  return replies.map((r) => r.status).sort((a, b) => a - b);
}

describe.each(["pglite", "postgres"] as const)("concurrent writes on %s", (database) => {
  let server: TestServer;
  let n = 0;
  const freshUser = () => ({
    id: `user-${++n}`,
    accountId: `race-${database}-${n}`,
    roleId: "sdr",
  });

  beforeAll(async () => {
    server = await startTestServer({ database, env: { DATABASE_POOL_SIZE: "8" } });
  }, 60_000);
  afterAll(() => server?.close());

  async function agreed(user: ReturnType<typeof freshUser>) {
    const reply = await server.call("POST", "/v1/agreements", {
      as: user,
      body: { metricId: "meetings-booked", baseline: { value: 4 } },
    });
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  }

  it("stores one measurement for one id: one 201, the rest 200 with the same body", async () => {
    const user = freshUser();
    const agreementId = await agreed(user);
    const body = { id: `m-${n}`, agreementId, value: 5, source: "self" };
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => server.call("POST", "/v1/measurements", { as: user, body })),
    );
    expect(replies.map((r) => r.status).sort((a, b) => a - b)).toEqual([
      ...Array(11).fill(200),
      201,
    ]);
    for (const reply of replies) expect(reply.body).toEqual(replies[0]?.body);
    const rows = await server.db.query(
      "SELECT count(*)::int AS n FROM measurements WHERE id = $1::text",
      [body.id],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("replays a write whose time was not in the server's format, answering the stored time", async () => {
    const user = freshUser();
    const agreementId = await agreed(user);
    const body = {
      id: `coarse-${n}`,
      agreementId,
      value: 5,
      source: "self",
      at: "2026-03-02T10:00:00+01:00",
    };
    const first = await server.call("POST", "/v1/measurements", { as: user, body });
    const again = await server.call("POST", "/v1/measurements", { as: user, body });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(first.body.at).toBe("2026-03-02T09:00:00.000Z");
    expect(again.body).toEqual(first.body);
  });

  it("answers 409 to the same id with other bodies, whichever came first", async () => {
    const user = freshUser();
    const agreementId = await agreed(user);
    const statuses = await burst(8, (i) =>
      server.call("POST", "/v1/measurements", {
        as: user,
        body: { id: `m-${n}`, agreementId, value: i, source: "self" },
      }),
    );
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
  });

  it("keeps one id unique across accounts: another account's write of it is a 409", async () => {
    const [a, b] = [freshUser(), freshUser()];
    const [first, second] = [await agreed(a), await agreed(b)];
    const id = `shared-${n}`;
    const statuses = await burst(10, (i) =>
      server.call("POST", "/v1/measurements", {
        as: i % 2 ? a : b,
        body: { id, agreementId: i % 2 ? first : second, value: 5, source: "self" },
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
  });

  it("agrees a metric once: one 201, the rest 409", async () => {
    const user = freshUser();
    const statuses = await burst(8, () =>
      server.call("POST", "/v1/agreements", { as: user, body: { metricId: "qualified-contacts" } }),
    );
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
  });

  it("sets one active goal per agreement: one 201, the rest 409", async () => {
    const user = freshUser();
    const agreementId = await agreed(user);
    const statuses = await burst(8, (i) =>
      server.call("POST", "/v1/goals", {
        as: user,
        body: { agreementId, target: 6 + i, dueAt: inAMonth },
      }),
    );
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
  });

  it("achieves a goal once when racing measurements reach it", async () => {
    const user = freshUser();
    const agreementId = await agreed(user);
    const goal = await server.call("POST", "/v1/goals", {
      as: user,
      body: { agreementId, target: 6, dueAt: inAMonth },
    });
    const statuses = await burst(10, (i) =>
      server.call("POST", "/v1/measurements", {
        as: user,
        body: { id: `reach-${n}-${i}`, agreementId, value: 6 + i, source: "self" },
      }),
    );
    expect(statuses).toEqual(Array(10).fill(201));
    const session = await server.call("GET", "/v1/session", { as: user });
    const goals = session.body.goals.filter(
      (g: { agreementId: string }) => g.agreementId === agreementId,
    );
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ id: goal.body.id, status: "achieved" });
    const first = session.body.measurements
      .filter((m: { agreementId: string }) => m.agreementId === agreementId)
      .map((m: { at: string }) => m.at)
      .sort()[0];
    expect(goals[0].achievedAt).toBe(first);
  });
});

describe("a write slipping in between a check and an insert (PostgreSQL)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ database: "postgres" });
  }, 60_000);
  afterAll(() => server?.close());

  /**
   * Runs `slip` in a transaction left open while `request` runs, and commits it once the
   * request has passed its checks and waits on the database's constraint (seen in
   * pg_stat_activity, not guessed with a sleep).
   */
  async function whileHeld<T>(
    slip: (tx: { query(text: string, params?: unknown[]): Promise<unknown> }) => Promise<unknown>,
    request: () => Promise<T>,
  ): Promise<T> {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let ready = () => {};
    const inserted = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const transaction = server.db.transaction(async (tx) => {
      await slip(tx);
      ready();
      await held;
    });
    await inserted;
    const reply = request();
    // The request has passed its checks once its insert waits on the held row's lock.
    await vi.waitFor(
      async () => {
        const [waiting] = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(waiting?.n).toBeGreaterThan(0);
      },
      { timeout: 20_000, interval: 10 },
    );
    release();
    await transaction;
    return reply;
  }

  it("answers 409 when the unique index refuses a second open agreement", async () => {
    const user = { id: "slip-1", accountId: "slip-account-1", roleId: "sdr" };
    await server.call("GET", "/v1/session", { as: user });
    const reply = await whileHeld(
      (tx) =>
        tx.query(
          `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at)
           VALUES ('agr_slipped', 'slip-account-1', 'sdr', 'meetings-booked', 'agreed', 'customer', now())`,
        ),
      () =>
        server.call("POST", "/v1/agreements", { as: user, body: { metricId: "meetings-booked" } }),
    );
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toMatch(/at the same time/);
  });

  it("lets the primary key decide a measurement id another account is writing", async () => {
    const owner = { id: "slip-2", accountId: "slip-account-2", roleId: "sdr" };
    const other = { id: "slip-3", accountId: "slip-account-3", roleId: "sdr" };
    const agreementOf = async (user: typeof owner) =>
      (
        await server.call("POST", "/v1/agreements", {
          as: user,
          body: { metricId: "meetings-booked", baseline: { value: 3 } },
        })
      ).body.id as string;
    const [mine, theirs] = [await agreementOf(owner), await agreementOf(other)];
    const reply = await whileHeld(
      (tx) =>
        tx.query(
          `INSERT INTO measurements (id, agreement_id, value, at, source, user_id, request)
           VALUES ('m-slipped', $1::text, 4, now(), 'self', 'slip-3', 'another request')`,
          [theirs],
        ),
      () =>
        server.call("POST", "/v1/measurements", {
          as: owner,
          body: { id: "m-slipped", agreementId: mine, value: 5, source: "self" },
        }),
    );
    expect(reply.status).toBe(409);
    const rows = await server.db.query(
      "SELECT agreement_id FROM measurements WHERE id = 'm-slipped'",
    );
    expect(rows).toEqual([{ agreement_id: theirs }]);
  });
});
