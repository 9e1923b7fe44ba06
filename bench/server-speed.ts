/**
 * The reference server against its floors, interleaved in one run (not a test: it prints
 * figures, nothing passes or fails). On a fresh PostgreSQL database (127.0.0.1:5432, dropped
 * afterwards):
 *
 *   pnpm build && pnpm bench:speed [--rounds 9] [--seconds 2] [--concurrency 16] [--users 200]
 *                                  [--calls session,measurement,ingest]
 *                                  [--baseline <another checkout, built>] [--database postgres|pglite]
 *
 * It starts the built `goalpost-server --demo` (and, with `--baseline`, that checkout's built
 * server on the same database, as "before"), sets up `--users` SDRs through the API, then starts
 * bench/support/floorServer.ts, which records the statements the server sends for each call and
 * serves three floors: bare Hono (no SQL), the same statements one after another, and the same
 * statements sent together on one connection. Then, round after round, each call — GET
 * /v1/session and POST /v1/measurements with `--concurrency` requests in flight, ingest with
 * `--concurrency` batches of 100 in flight — runs `--seconds` against each target in turn (the
 * order rotating and reversing from round to round), so the machine's noise falls on all of them
 * alike. It prints the
 * median and the spread (lowest–highest) of each target's rounds, the Node CPU per request of
 * the process that answered, and the ratios between targets paired within each round (their
 * median and spread). On PGlite there are no floors (the database lives
 * in the server's process): the server, and "before" with `--baseline`, only.
 * Figures and how to read them: docs/bench-server.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  freshDatabase,
  type GoalpostServer,
  type ServerDatabase,
  startGoalpostServer,
} from "../test/contract/support/startGoalpostServer.ts";
import { startListening } from "../test/contract/support/startListening.ts";
import {
  type Answer,
  type BenchUser,
  httpClient,
  ingestBatch,
  measurementBody,
  setUpUser,
} from "./support/benchCalls.ts";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "9" },
    seconds: { type: "string", default: "2" },
    concurrency: { type: "string", default: "16" },
    users: { type: "string", default: "200" },
    baseline: { type: "string" },
    database: { type: "string", default: "postgres" },
    calls: { type: "string", default: "session,measurement,ingest" },
  },
});
const rounds = Number(args.rounds);
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const userCount = Number(args.users);
for (const [name, value] of Object.entries({ rounds, seconds, concurrency, users: userCount })) {
  if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
}
const kind = args.database;
if (kind !== "postgres" && kind !== "pglite") throw new Error("--database: postgres or pglite");
const secret = "demo-signing-secret";
const adminKey = "demo-admin-key";

type Call = "session" | "measurement" | "ingest";
const allCalls: Call[] = ["session", "measurement", "ingest"];
const calls = (args.calls ?? "").split(",") as Call[];
if (calls.some((c) => !allCalls.includes(c))) throw new Error(`--calls: some of ${allCalls}`);

/** Where a target answers each call, and the process whose CPU it spends. */
interface Target {
  name: string;
  pid: number;
  client: ReturnType<typeof httpClient>;
  /** The users set up on its database (on PGlite each server has a store of its own). */
  users: BenchUser[];
  path(call: Call, user: number): string;
}

/** The Node CPU (user + system) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** One cell of the run: a call against a target for a few seconds. */
interface Cell {
  rate: number;
  p50: number;
  p99: number;
  cpuPerCall: number;
  unexpected: Map<string, number>;
}

async function measure(target: Target, call: Call, ms: number) {
  const { users } = target;
  const latencies: number[] = [];
  const unexpected = new Map<string, number>();
  let done = 0;
  const cpuBefore = cpuMs(target.pid);
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const n = Math.floor(Math.random() * users.length);
        const user = users[n] as BenchUser;
        const path = target.path(call, n);
        let answer: Answer;
        let ok: boolean;
        if (call === "session") {
          answer = await target.client.call("GET", path, user.token);
          ok = answer.status === 200;
        } else if (call === "measurement") {
          answer = await target.client.call("POST", path, user.token, measurementBody(user));
          ok = answer.status === 201;
        } else {
          answer = await target.client.call("POST", path, adminKey, ingestBatch(users));
          ok = answer.status === 200 && !answer.text.includes('"rejected"');
        }
        if (ok) {
          latencies.push(answer.ms);
          done += call === "ingest" ? 100 : 1;
        } else {
          const what = `${answer.status} ${answer.text.slice(0, 120)}`;
          unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMs(target.pid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    rate: done / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    cpuPerCall: latencies.length ? cpu / latencies.length : Number.NaN,
    unexpected,
  } satisfies Cell;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The baseline checkout's built server, on the same database, like startGoalpostServer. */
function startBaseline(dir: string, database: ServerDatabase): Promise<GoalpostServer> {
  return startListening({
    name: "baseline goalpost-server",
    script: join(dir, "packages/server/bin/goalpost-server.js"),
    args: ["--demo", "--port", "0"],
    env: {
      ...process.env,
      GOALPOST_SIGNING_SECRET: undefined,
      GOALPOST_ADMIN_KEY: undefined,
      DATABASE_URL: database.kind === "postgres" ? database.url : undefined,
      GOALPOST_DATA_DIR: database.kind === "pglite" ? `${database.dataDir}-before` : undefined,
      GOALPOST_RATE_LIMIT: "0",
      GOALPOST_LOG_LEVEL: "warn",
    },
    findUrl: (stdout) =>
      stdout
        .split("\n")
        .map((line) => {
          try {
            const entry = JSON.parse(line) as { msg?: string; url?: string };
            return entry.msg === "listening" ? entry.url : undefined;
          } catch {
            return undefined;
          }
        })
        .find(Boolean),
    timeoutMs: 120_000,
    killAfterMs: 10_000,
  });
}

/** The floor process, once it has recorded the server's statements and listens. */
async function startFloors(url: string, users: BenchUser[]) {
  const file = join(tmpdir(), `goalpost-bench-users-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(users));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      new URL("./support/floorServer.ts", import.meta.url).pathname,
      "--database",
      url,
      "--users",
      file,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const ready = await new Promise<{ listening: string; statements: Record<Call, number> }>(
    (resolve, reject) => {
      let out = "";
      child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (line) resolve(JSON.parse(line));
      });
      child.once("exit", (code) => reject(new Error(`the floor process exited with ${code}`)));
    },
  );
  return { ...ready, child };
}

const cpu = cpus();
console.log(
  `goalpost-server against its floors — ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, Node ${process.version}, ${kind}`,
);
console.log(
  `${rounds} rounds × ${seconds} s per call and target, ${concurrency} in flight, ${userCount} users\n`,
);
const data = await freshDatabase(kind);
const stops: (() => Promise<unknown>)[] = [];
try {
  const server = await startGoalpostServer(data.database, { timeoutMs: 120_000 });
  stops.push(() => server.stop());
  const serverPath = (call: Call) =>
    call === "session"
      ? "/v1/session"
      : call === "measurement"
        ? "/v1/measurements"
        : "/v1/ingest/measurements";
  const run = randomUUID().slice(0, 8);
  const setUp = async (client: ReturnType<typeof httpClient>) => {
    const users: BenchUser[] = [];
    for (let i = 0; i < userCount; i += 16) {
      const batch = Array.from({ length: Math.min(16, userCount - i) }, (_, k) =>
        setUpUser(client, secret, run, i + k),
      );
      users.push(...(await Promise.all(batch)));
    }
    return users;
  };
  const serverClient = httpClient(server.url, concurrency);
  const users = await setUp(serverClient);
  const targets: Target[] = [
    {
      name: "server",
      pid: server.process.pid as number,
      client: serverClient,
      users,
      path: serverPath,
    },
  ];
  if (args.baseline) {
    const before = await startBaseline(args.baseline, data.database);
    stops.push(() => before.stop());
    const client = httpClient(before.url, concurrency);
    targets.push({
      name: "before",
      pid: before.process.pid as number,
      client,
      // The same database on PostgreSQL; a store of its own on PGlite.
      users: data.database.kind === "postgres" ? users : await setUp(client),
      path: serverPath,
    });
  }
  let statements: Record<Call, number> | undefined;
  if (data.database.kind === "postgres") {
    const floors = await startFloors(data.database.url, users);
    statements = floors.statements;
    stops.push(async () => {
      floors.child.kill("SIGTERM");
      await new Promise((resolve) => floors.child.once("exit", resolve));
    });
    for (const floor of ["hono", "serial", "together"]) {
      targets.push({
        name: floor,
        pid: floors.child.pid as number,
        client: httpClient(floors.listening, concurrency),
        users,
        path: (call, user) =>
          call === "session"
            ? `/${floor}/session/${user}`
            : call === "measurement"
              ? `/${floor}/measurements/${user}`
              : `/${floor}/ingest`,
      });
    }
  }

  /**
   * The targets in the order of a round: a rotation, reversed every other round, so that each
   * target runs in each place and after each other one alike (a write-heavy cell leaves work —
   * WAL, a checkpoint, autovacuum — that slows whatever runs next).
   */
  const orderOf = (round: number) => {
    const turn = Math.floor(round / 2);
    const rotated = targets.map((_, i) => targets[(i + turn) % targets.length] as Target);
    return round % 2 === 1 ? rotated.reverse() : rotated;
  };
  // A short warm-up of everything (JIT, prepared statements, pools), not counted.
  for (const call of calls) for (const t of targets) await measure(t, call, 500);
  const cells = new Map<string, Cell[]>();
  for (let round = 0; round < rounds; round++) {
    for (const call of calls) {
      const order = orderOf(round);
      for (const target of order) {
        const cell = await measure(target, call, seconds * 1000);
        const key = `${call}\u0000${target.name}`;
        process.stderr.write(`  ${call} ${target.name}: ${cell.rate.toFixed(0)}\n`);
        cells.set(key, [...(cells.get(key) ?? []), cell]);
      }
    }
    process.stderr.write(`round ${round + 1}/${rounds} done\n`);
  }

  for (const call of calls) {
    const unit = call === "ingest" ? "points/s" : "req/s";
    const what =
      call === "session"
        ? `GET /v1/session, ${concurrency} in flight`
        : call === "measurement"
          ? `POST /v1/measurements, ${concurrency} in flight`
          : `POST /v1/ingest/measurements, ${concurrency} batches of 100 in flight`;
    console.log(
      `\n### ${what}${statements ? ` — the server sends ${statements[call]} statements` : ""}\n`,
    );
    console.log(
      `| target | ${unit} median | lowest–highest | p50 ms | p99 ms | Node CPU ms/call | unexpected |`,
    );
    console.log("| --- | --- | --- | --- | --- | --- | --- |");
    for (const t of targets) {
      const list = cells.get(`${call}\u0000${t.name}`) ?? [];
      const rates = list.map((c) => c.rate);
      const bad = new Map<string, number>();
      for (const c of list) for (const [k, n] of c.unexpected) bad.set(k, (bad.get(k) ?? 0) + n);
      console.log(
        `| ${t.name} | ${median(rates).toFixed(0)} | ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)} | ${median(list.map((c) => c.p50)).toFixed(1)} | ${median(list.map((c) => c.p99)).toFixed(1)} | ${median(list.map((c) => c.cpuPerCall)).toFixed(2)} | ${[...bad].map(([k, n]) => `${n}× ${k}`).join("; ") || "none"} |`,
      );
    }
    // Ratios paired within each round (its cells run seconds apart), then their median: the
    // machine's load drifts from round to round far more than within one.
    const paired = (a: string, b: string) => {
      const as = cells.get(`${call}\u0000${a}`) ?? [];
      const bs = cells.get(`${call}\u0000${b}`) ?? [];
      const ratios = as.map((cell, i) => cell.rate / (bs[i]?.rate ?? Number.NaN));
      const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
      return `${a} / ${b}: ${median(ratios).toFixed(2)} (${spread})`;
    };
    const ratios = targets.filter((t) => t.name !== "server").map((t) => paired("server", t.name));
    if (statements) ratios.push(paired("together", "serial"));
    console.log("\nratios, the median of each round's (lowest–highest):");
    for (const ratio of ratios) console.log(`- ${ratio}`);
  }
  for (const t of targets) t.client.close();
  const warned = server
    .output()
    .split("\n")
    .filter((line) => line.includes('"level":"warn"') || line.includes('"level":"error"'));
  if (warned.length > 0)
    console.log(`\nthe server logged ${warned.length} warnings or errors; the first: ${warned[0]}`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await data.drop();
}
