/**
 * The floors of bench/server-speed.ts, in a process of their own (not a test): what the
 * reference server's calls would cost with nothing of the server but its SQL.
 *
 *   node --import tsx bench/support/floorServer.ts --database <postgres URL> --users <file>
 *
 * It first records, for each bench user, the statements the reference server itself sends for
 * a session, a measurement and (for a few batches) an ingest batch: the server's app runs in
 * this process over a recording wrapper of its `Database`, on the database the bench's server
 * serves, each call made once to warm up and recorded the second time. Then it listens and
 * replays them over the same HTTP stack (`@hono/node-server`), through the same driver
 * (postgres.js, with the server's options):
 *   /hono/…     bare Hono: answers a recorded reply, no SQL at all;
 *   /serial/…   the recorded statements one after another, each awaited (a transaction as
 *               `sql.begin`), as a server that waits for each answer before the next statement;
 *   /together/… the same statements all issued at once on one reserved connection (BEGIN and
 *               COMMIT included), which postgres.js writes together: the least any server can
 *               pay for these statements on this driver, since none waits for another's answer.
 * A measurement's or a batch's ids are replaced by the ones the request carries, so every replay
 * inserts new rows as the server would. It prints `{"listening":URL}` once ready.
 */

import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import { loadConfig } from "../../packages/server/src/config/loadConfig.ts";
import type { Database, Row, Sql } from "../../packages/server/src/db/Database.ts";
import { openPostgres } from "../../packages/server/src/db/openPostgres.ts";
import { createGoalpostApp } from "../../packages/server/src/http/createGoalpostApp.ts";
import { createLogger } from "../../packages/server/src/ops/createLogger.ts";
import {
  createAdaptorServer,
  Hono,
  postgres,
} from "../../packages/server/src/testing/benchDependencies.ts";
import { type BenchUser, ingestBatch, measurementBody } from "./benchCalls.ts";

type PgSql = Pick<ReturnType<typeof postgres>, "unsafe">;

const { values: args } = parseArgs({
  options: { database: { type: "string" }, users: { type: "string" } },
});
if (!args.database || !args.users) throw new Error("--database and --users are required");
const users = JSON.parse(readFileSync(args.users, "utf8")) as BenchUser[];

/** One statement as the server sent it. */
interface Statement {
  text: string;
  params: unknown[];
}
/** What one call sent: statements alone, or a transaction's statements. */
type Step =
  | { kind: "query"; statement: Statement }
  | { kind: "transaction"; statements: Statement[] };
/** A call's recording: its steps, the ids it wrote (replaced on replay) and its reply. */
interface Recording {
  steps: Step[];
  ids: string[];
  reply: unknown;
}

const real = await openPostgres(args.database);
let steps: Step[] | undefined;
const recordOn = (into: Statement[] | undefined) => (text: string, params: readonly unknown[]) => {
  const statement = { text, params: [...params] };
  if (into) into.push(statement);
  else steps?.push({ kind: "query", statement });
};
/** The server's `Database`, recording what goes through it while `steps` is set. */
function recording(db: Database): Database {
  const wrap = (sql: Sql, into: Statement[] | undefined): Sql => ({
    query<T extends Row>(text: string, params: readonly unknown[] = []) {
      recordOn(into)(text, params);
      return sql.query<T>(text, params);
    },
  });
  return {
    ...wrap(db, undefined),
    kind: db.kind,
    location: db.location,
    transaction(work) {
      const statements: Statement[] = [];
      steps?.push({ kind: "transaction", statements });
      return db.transaction((tx) =>
        work({
          ...wrap(tx, statements),
          commitWith<T extends Row>(text: string, params: readonly unknown[] = []) {
            recordOn(statements)(text, params);
            return tx.commitWith<T>(text, params);
          },
        }),
      );
    },
    close: () => db.close(),
  };
}

// The demo secrets, as the bench's server uses them (`--demo`).
const config = loadConfig({}, { demo: true });
const { app } = createGoalpostApp(
  recording(real),
  { ...config, rateLimitPerMinute: 0 },
  { log: createLogger("silent") },
);

async function record(
  path: string,
  token: string,
  body: unknown,
  ids: string[],
): Promise<Recording> {
  const request = () =>
    app.fetch(
      new Request(`http://bench${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
  steps = [];
  const response = await request();
  const recorded = steps;
  steps = undefined;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return { steps: recorded, ids, reply: await response.json() };
}

const adminKey = "demo-admin-key";
const sessions: Recording[] = [];
const measurements: Recording[] = [];
for (const user of users) {
  // Once to warm up (the user seen, statements prepared), then recorded.
  await record("/v1/session", user.token, undefined, []);
  sessions.push(await record("/v1/session", user.token, undefined, []));
  await record("/v1/measurements", user.token, measurementBody(user), []);
  const body = measurementBody(user);
  measurements.push(await record("/v1/measurements", user.token, body, [body.id]));
}
const batches: Recording[] = [];
for (let i = 0; i < 8; i++) {
  const body = ingestBatch(users);
  const recordingOf = await record(
    "/v1/ingest/measurements",
    adminKey,
    body,
    body.measurements.map((m) => m.id),
  );
  if (i > 0) batches.push(recordingOf);
}
await real.close();

// The same driver with the server's options (openPostgres), used directly.
const sql = postgres(args.database, {
  max: 10,
  onnotice: () => undefined,
  connection: { TimeZone: "UTC", application_name: "goalpost-floor" },
});
const run = (client: PgSql, { text, params }: Statement) =>
  client.unsafe(text, params as never[], { prepare: true });

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The recording's steps with its ids replaced by `ids`, position for position. */
function withIds(recorded: Recording, ids: readonly string[]): Step[] {
  if (recorded.ids.length === 0) return recorded.steps;
  const map = new Map(recorded.ids.map((id, i) => [id, ids[i] ?? id]));
  const swap = (s: Statement): Statement => ({
    text: s.text,
    params: s.params.map((p) =>
      typeof p === "string" ? p.replace(uuid, (found) => map.get(found) ?? found) : p,
    ),
  });
  return recorded.steps.map((step) =>
    step.kind === "query"
      ? { kind: "query", statement: swap(step.statement) }
      : { kind: "transaction", statements: step.statements.map(swap) },
  );
}

async function serial(replay: Step[]): Promise<void> {
  for (const step of replay) {
    if (step.kind === "query") await run(sql, step.statement);
    else
      await sql.begin(async (tx) => {
        for (const statement of step.statements) await run(tx, statement);
      });
  }
}

async function together(replay: Step[]): Promise<void> {
  // One statement has nothing to go with: the pool's connection, as for `serial`.
  if (replay.length === 1 && replay[0]?.kind === "query") return serial(replay);
  const reserved = await sql.reserve();
  try {
    const sent: Promise<unknown>[] = [];
    for (const step of replay) {
      if (step.kind === "query") sent.push(run(reserved, step.statement));
      else {
        sent.push(reserved.unsafe("begin"));
        for (const statement of step.statements) sent.push(run(reserved, statement));
        sent.push(reserved.unsafe("commit"));
      }
    }
    const settled = await Promise.allSettled(sent);
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) {
      await reserved.unsafe("rollback");
      throw failed.reason;
    }
  } finally {
    reserved.release();
  }
}

/** A request's body, read from Node's stream (the cheapest way; the floors parse it too). */
async function bodyOf(incoming: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

type Env = { Bindings: { incoming: IncomingMessage } };
const floors = new Hono<Env>();
const replayers = { serial, together } as const;
floors.get("/:floor/session/:user", async (c) => {
  const recorded = sessions[Number(c.req.param("user"))];
  if (!recorded) return c.json({ error: "no such user" }, 404);
  const floor = c.req.param("floor");
  if (floor !== "hono") await replayers[floor as keyof typeof replayers](recorded.steps);
  return c.json(recorded.reply as object);
});
floors.post("/:floor/measurements/:user", async (c) => {
  const recorded = measurements[Number(c.req.param("user"))];
  if (!recorded) return c.json({ error: "no such user" }, 404);
  const body = (await bodyOf(c.env.incoming)) as { id: string };
  const floor = c.req.param("floor");
  if (floor !== "hono")
    await replayers[floor as keyof typeof replayers](withIds(recorded, [body.id]));
  return c.json(recorded.reply as object, 201);
});
let batch = 0;
floors.post("/:floor/ingest", async (c) => {
  const recorded = batches[batch++ % batches.length] as Recording;
  const body = (await bodyOf(c.env.incoming)) as { measurements: { id: string }[] };
  const floor = c.req.param("floor");
  if (floor !== "hono")
    await replayers[floor as keyof typeof replayers](
      withIds(
        recorded,
        body.measurements.map((m) => m.id),
      ),
    );
  return c.json(recorded.reply as object);
});
floors.onError((error, c) => {
  console.error(error);
  return c.json({ error: String(error) }, 500);
});

const server = createAdaptorServer({ fetch: floors.fetch });
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const count = (r: Recording) =>
    r.steps.reduce((n, s) => n + (s.kind === "query" ? 1 : s.statements.length + 2), 0);
  console.log(
    JSON.stringify({
      listening: `http://127.0.0.1:${port}`,
      statements: {
        session: count(sessions[0] as Recording),
        measurement: count(measurements[0] as Recording),
        ingest: count(batches[0] as Recording),
      },
    }),
  );
});
process.once("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
