import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

const day = 86_400_000;
const at = (days: number) => new Date(testNow.getTime() + days * day).toISOString();

describe.each(["pglite", "postgres"] as const)("ingest on %s", (database) => {
  let server: TestServer;
  let n = 0;
  let now = testNow;

  beforeAll(async () => {
    server = await startTestServer({ database, clock: () => now });
  }, 60_000);
  afterAll(() => server?.close());

  /** A VP of a fresh account with web revenue agreed (baseline 1000) and, unless null, a goal of 1200 due then. */
  async function vpWithGoal(dueAt: string | null = at(30)) {
    n += 1;
    const user = { id: `vp-${n}`, accountId: `ingest-${database}-${n}`, roleId: "marketing-vp" };
    const agreed = await server.call("POST", "/v1/agreements", {
      as: user,
      body: { metricId: "web-revenue", baseline: { value: 1000, at: at(-10) } },
    });
    if (dueAt !== null) {
      const goal = await server.call("POST", "/v1/goals", {
        as: user,
        body: { agreementId: agreed.body.id, target: 1200, dueAt },
      });
      expect(goal.status).toBe(201);
    }
    const point = (id: string, value: number, days = 0) => ({
      id: `${user.accountId}-${id}`,
      accountId: user.accountId,
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value,
      at: at(days),
      source: "integration",
    });
    const goals = async () =>
      (await server.call("GET", "/v1/session", { as: user })).body.goals as {
        status: string;
        achievedAt?: string;
        closedAt?: string;
      }[];
    return { user, point, goals };
  }

  const ingest = (measurements: unknown[]) =>
    server.call("POST", "/v1/ingest/measurements", { admin: true, body: { measurements } });

  it("decides each point in order: a repeated id in one batch is a replay or a conflict", async () => {
    const { point } = await vpWithGoal();
    const reply = await ingest([
      point("a", 1100),
      point("a", 1100),
      point("a", 1150),
      point("b", 1),
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      "created",
      "replayed",
      "rejected",
      "created",
    ]);
    expect(reply.body.results[2].error.code).toBe("conflict");
  });

  it("replays a point whose time was sent without milliseconds or in another offset", async () => {
    const { point } = await vpWithGoal();
    const sent = { ...point("coarse", 1000), at: "2026-03-02T10:00:00+01:00" };
    expect((await ingest([sent])).body.results[0].status).toBe("created");
    expect((await ingest([sent])).body.results[0].status).toBe("replayed");
    const stored = await server.db.query("SELECT at FROM measurements WHERE id = $1::text", [
      sent.id,
    ]);
    expect(stored).toEqual([{ at: new Date("2026-03-02T09:00:00.000Z") }]);
  });

  it("achieves the goal at the first point that reaches it, once", async () => {
    const { point, goals } = await vpWithGoal();
    // Within the goal's period, which started now (and the 5 minutes of clock skew allowed).
    await ingest([point("a", 1100, 0.001), point("b", 1250, 0.002), point("c", 1300, 0.003)]);
    expect(await goals()).toMatchObject([{ status: "achieved", achievedAt: at(0.002) }]);
  });

  it("settles racing batches on one goal exactly once", async () => {
    const { point, goals } = await vpWithGoal();
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) => ingest([point(`r${i}`, 1200 + i, 0.0005 * (i + 1))])),
    );
    expect(replies.every((r) => r.body.results[0].status === "created")).toBe(true);
    const [goal] = await goals();
    expect(goal?.status).toBe("achieved");
    // Whichever batch committed first achieved it, with its own point's time.
    expect(replies.map((_, i) => at(0.0005 * (i + 1)))).toContain(goal?.achievedAt);
  });

  it("stores each id once when concurrent batches carry the same points in other orders", async () => {
    // No goal: nothing serialises the batches but the ids themselves.
    const { point } = await vpWithGoal(null);
    const points = Array.from({ length: 40 }, (_, i) => point(`shared-${i}`, 900 + i));
    const shuffled = (seed: number) =>
      [...points].sort((a, b) => ((a.value * seed) % 41) - ((b.value * seed) % 41));
    const replies = await Promise.all([1, 2, 3, 5, 7, 11].map((seed) => ingest(shuffled(seed))));
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(200));
    const created = replies.flatMap((r) =>
      r.body.results
        .filter((x: { status: string }) => x.status === "created")
        .map((x: { id: string }) => x.id),
    );
    expect(created.sort()).toEqual(points.map((p) => p.id).sort());
    const others = replies.flatMap((r) => r.body.results).filter((x) => x.status !== "created");
    expect(new Set(others.map((x: { status: string }) => x.status))).toEqual(new Set(["replayed"]));
  });

  it.each([
    ["without a goal (answered after COMMIT)", null],
    ["with a goal to settle (tried again, reading the stored ids first)", at(30)],
  ])("decides points whose ids are stored already as if read first, %s", async (_, dueAt) => {
    const { point, goals } = await vpWithGoal(dueAt);
    const first = point("x", 1100, 0.001);
    expect((await ingest([first])).body.results[0].status).toBe("created");
    const other = { ...first, value: 1111 };
    const fresh = point("y", 1250, 0.002);
    const reply = await ingest([other, first, other, fresh, first]);
    expect(reply.body.results.map((r: { status: string }) => r.status)).toEqual([
      "rejected",
      "replayed",
      "rejected",
      "created",
      "replayed",
    ]);
    expect(reply.body.results[0].error.code).toBe("conflict");
    const rows = await server.db.query<{ id: string; value: number }>(
      "SELECT id, value FROM measurements WHERE id IN ($1::text, $2::text) ORDER BY id",
      [first.id, fresh.id],
    );
    expect(rows).toEqual([
      { id: first.id, value: 1100 },
      { id: fresh.id, value: 1250 },
    ]);
    // The new point settles the goal; the replayed ones do not count twice.
    if (dueAt) expect(await goals()).toMatchObject([{ status: "achieved", achievedAt: at(0.002) }]);
  });

  it("stores an overdue goal as missed, and a late point does not achieve it", async () => {
    const dueAt = new Date(now.getTime() + 3_600_000).toISOString();
    const { point, goals } = await vpWithGoal(dueAt);
    now = new Date(now.getTime() + 2 * 3_600_000);
    const late = point("late", 5000, 2 / 24);
    expect((await ingest([late])).body.results[0].status).toBe("created");
    const stored = await server.db.query(
      `SELECT g.status, g.closed_at = g.due_at AS closed_when_due
       FROM goals g JOIN agreements a ON a.id = g.agreement_id WHERE a.account_id = $1::text`,
      [late.accountId],
    );
    expect(stored).toEqual([{ status: "missed", closed_when_due: true }]);
    expect(await goals()).toMatchObject([{ status: "missed", closedAt: dueAt }]);
  });
});
