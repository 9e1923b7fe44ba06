/**
 * What webhooks cost and how fast they go (not a test: it prints figures, nothing passes or
 * fails). On fresh databases (PostgreSQL at 127.0.0.1:5432 by default, dropped afterwards):
 *
 *   pnpm build && pnpm bench:webhooks [--rounds 7] [--seconds 2] [--concurrency 16] [--users 100]
 *                                     [--events 3000] [--database postgres|pglite]
 *
 * 1. The extra latency of the outbox on a write. Two built `goalpost-server --demo` on two
 *    databases: one with webhooks on and an endpoint for every event type (each measurement
 *    writes its event and a delivery in its own statement, and the worker delivers them to a
 *    receiver in this process as the writes go on), one with `GOALPOST_WEBHOOKS=off`. Round
 *    after round (the order alternating), POST /v1/measurements with `--concurrency` in flight
 *    runs `--seconds` against each; it prints each side's median p50, p99 and rate with their
 *    spread, and the on/off ratios paired within each round.
 * 2. Events delivered per second. The "on" server's endpoint is disabled, `--events` events are
 *    written (ingest batches of 100 points: one `measurement.logged` each) and replayed to the
 *    endpoint enabled again at once; the receiver answers 204 and counts distinct event ids
 *    until it has them all. Run once per worker concurrency (GOALPOST_WEBHOOK_CONCURRENCY 8,
 *    the default, and 32), each on a server of its own.
 * Figures and how to read them: docs/bench-server.md, "Webhooks".
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import {
  freshDatabase,
  type GoalpostServer,
  type ServerDatabase,
  startGoalpostServer,
} from "../test/contract/support/startGoalpostServer.ts";
import {
  type BenchUser,
  httpClient,
  ingestBatch,
  measurementBody,
  setUpUser,
} from "./support/benchCalls.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "7" },
    seconds: { type: "string", default: "2" },
    concurrency: { type: "string", default: "16" },
    users: { type: "string", default: "100" },
    events: { type: "string", default: "3000" },
    database: { type: "string", default: "postgres" },
  },
});
const rounds = Number(args.rounds);
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const userCount = Number(args.users);
const eventCount = Number(args.events);
for (const [name, value] of Object.entries({
  rounds,
  seconds,
  concurrency,
  users: userCount,
  events: eventCount,
})) {
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
}
const kind = args.database;
if (kind !== "postgres" && kind !== "pglite") throw new Error("--database: postgres or pglite");
const secret = "demo-signing-secret";
const adminKey = "demo-admin-key";

/** A receiver on 127.0.0.1 that answers 204 at once and counts the event ids it was sent. */
async function startReceiver() {
  const seen = new Set<string>();
  let requests = 0;
  let waiter: { count: number; resolve: () => void } | undefined;
  const server = createServer((req, res) => {
    requests++;
    const id = req.headers["goalpost-event-id"];
    if (typeof id === "string") seen.add(id);
    req.resume();
    req.on("end", () => {
      res.writeHead(204).end();
      if (waiter && seen.size >= waiter.count) waiter.resolve();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    seen,
    requests: () => requests,
    /** Resolves once `count` distinct ids have come. */
    until(count: number) {
      return new Promise<void>((resolve) => {
        if (seen.size >= count) resolve();
        else waiter = { count, resolve };
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

interface Side {
  name: string;
  server: GoalpostServer;
  client: ReturnType<typeof httpClient>;
  users: BenchUser[];
  endpointId?: string;
  drop(): Promise<void>;
}

async function expectStatus(
  answer: Promise<{ status: number; text: string }>,
  status: number,
  what: string,
) {
  const a = await answer;
  if (a.status !== status)
    throw new Error(`${what}: expected ${status}, got ${a.status} ${a.text}`);
  return JSON.parse(a.text) as Record<string, unknown>;
}

async function startSide(
  name: string,
  env: Record<string, string>,
  receiver: Receiver | undefined,
  users: number,
): Promise<Side> {
  const data = await freshDatabase(kind as ServerDatabase["kind"]);
  const server = await startGoalpostServer(data.database, {
    timeoutMs: 120_000,
    env: { GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true", GOALPOST_WEBHOOK_POLL_MS: "200", ...env },
  });
  const client = httpClient(server.url, concurrency * 2);
  let endpointId: string | undefined;
  if (receiver) {
    const made = await expectStatus(
      client.call("POST", "/v1/admin/webhooks", adminKey, { url: receiver.url }),
      201,
      "make the endpoint",
    );
    endpointId = String(made.id);
  }
  const run = randomUUID().slice(0, 8);
  const set: BenchUser[] = [];
  for (let n = 0; n < users; n++) set.push(await setUpUser(client, secret, run, n));
  return {
    name,
    server,
    client,
    users: set,
    ...(endpointId ? { endpointId } : {}),
    async drop() {
      client.close();
      await server.stop();
      await data.drop();
    },
  };
}

/** `--seconds` of measurements with `--concurrency` in flight: latencies (ms) and the rate. */
async function writes(side: Side) {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const user = side.users[Math.floor(Math.random() * side.users.length)] as BenchUser;
        const answer = await side.client.call(
          "POST",
          "/v1/measurements",
          user.token,
          measurementBody(user),
        );
        if (answer.status === 201) latencies.push(answer.ms);
        else failures++;
      }
    }),
  );
  if (failures > 0) throw new Error(`${side.name}: ${failures} writes did not answer 201`);
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    p50: q(0.5),
    p99: q(0.99),
    rate: latencies.length / ((performance.now() - started) / 1000),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const spread = (xs: number[], digits: number) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
const figure = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${spread(xs, digits)})`;

async function writeLatency(receiver: Receiver) {
  const on = await startSide("webhooks on", {}, receiver, userCount);
  const off = await startSide("webhooks off", { GOALPOST_WEBHOOKS: "off" }, undefined, userCount);
  const cells: Record<string, { p50: number[]; p99: number[]; rate: number[] }> = {
    on: { p50: [], p99: [], rate: [] },
    off: { p50: [], p99: [], rate: [] },
  };
  const ratios = { p50: [] as number[], p99: [] as number[], rate: [] as number[] };
  try {
    // A warm-up round for each, not counted.
    await writes(on);
    await writes(off);
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [on, off] : [off, on];
      const got: Record<string, Awaited<ReturnType<typeof writes>>> = {};
      for (const side of order) got[side === on ? "on" : "off"] = await writes(side);
      for (const name of ["on", "off"] as const) {
        const cell = got[name];
        if (!cell) continue;
        cells[name]?.p50.push(cell.p50);
        cells[name]?.p99.push(cell.p99);
        cells[name]?.rate.push(cell.rate);
      }
      if (got.on && got.off) {
        ratios.p50.push(got.on.p50 / got.off.p50);
        ratios.p99.push(got.on.p99 / got.off.p99);
        ratios.rate.push(got.on.rate / got.off.rate);
      }
    }
  } finally {
    await on.drop();
    await off.drop();
  }
  console.log(
    `\nPOST /v1/measurements, ${concurrency} in flight, ${rounds} rounds of ${seconds} s, ${kind}`,
  );
  console.log("| side | p50 ms | p99 ms | writes/s |\n| --- | --- | --- | --- |");
  for (const name of ["on", "off"] as const) {
    const c = cells[name];
    if (c)
      console.log(
        `| webhooks ${name} | ${figure(c.p50, 2)} | ${figure(c.p99, 1)} | ${figure(c.rate, 0)} |`,
      );
  }
  console.log(
    `| on / off | ×${figure(ratios.p50, 2)} | ×${figure(ratios.p99, 2)} | ×${figure(ratios.rate, 2)} |`,
  );
  console.log(`(the receiver got ${receiver.seen.size} events meanwhile)`);
}

async function deliveryRate(workers: number) {
  const receiver = await startReceiver();
  const side = await startSide(
    `worker concurrency ${workers}`,
    { GOALPOST_WEBHOOK_CONCURRENCY: String(workers) },
    receiver,
    10,
  );
  try {
    const path = `/v1/admin/webhooks/${side.endpointId}`;
    await expectStatus(
      side.client.call("PATCH", path, adminKey, { enabled: false }),
      200,
      "disable",
    );
    const from = new Date().toISOString();
    for (let written = 0; written < eventCount; written += 100) {
      await expectStatus(
        side.client.call("POST", "/v1/ingest/measurements", adminKey, ingestBatch(side.users)),
        200,
        "ingest",
      );
    }
    const to = new Date(Date.now() + 1000).toISOString();
    await expectStatus(side.client.call("PATCH", path, adminKey, { enabled: true }), 200, "enable");
    const before = receiver.seen.size;
    const started = performance.now();
    const replay = await expectStatus(
      side.client.call("POST", `${path}/replay`, adminKey, { from, to }),
      200,
      "replay",
    );
    const queued = Number(replay.replayed);
    await receiver.until(before + queued);
    const elapsed = (performance.now() - started) / 1000;
    console.log(
      `| ${workers} | ${queued} | ${elapsed.toFixed(2)} | ${(queued / elapsed).toFixed(0)} | ${receiver.requests()} |`,
    );
  } finally {
    await side.drop();
    await receiver.close();
  }
}

const receiver = await startReceiver();
try {
  await writeLatency(receiver);
} finally {
  await receiver.close();
}
console.log(`\nEvents delivered to a receiver on 127.0.0.1 that answers 204 at once, ${kind}`);
console.log(
  "| worker concurrency | events | seconds | events/s | requests |\n| --- | --- | --- | --- | --- |",
);
for (const workers of [8, 32]) await deliveryRate(workers);
