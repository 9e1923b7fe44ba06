/**
 * Load benchmark of a Goalpost API (not a test: it prints figures, nothing passes or fails).
 *
 *   pnpm bench:api [--target mock|URL] [--seconds 10] [--concurrency 16] [--users 200]
 *
 * This process is the load: it talks HTTP on 127.0.0.1 to a server running in another process
 * (started here for `mock`; for a URL, already running with the demo catalog and the demo
 * secrets, or GOALPOST_SIGNING_SECRET / GOALPOST_ADMIN_KEY). Three phases, one after the other:
 *   1. set-up: `--users` SDRs in their own accounts agree two metrics and set a goal (not timed);
 *   2. end-user calls: `--concurrency` loops, each taking a random user and doing what the widget
 *      does — GET /v1/session, POST /v1/measurements, GET …/measurements — for `--seconds`;
 *   3. ingest: `--concurrency` loops posting batches of 100 app data points for
 *      `--seconds`; then the KPI report and one account report, timed a few times.
 * Every answer is checked for its status: an unexpected one is counted and shown, not hidden.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { signToken } from "../test/contract/support/signToken.ts";
import { startMockBackend } from "../test/contract/support/startMockBackend.ts";

const { values: args } = parseArgs({
  options: {
    target: { type: "string", default: "mock" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "16" },
    users: { type: "string", default: "200" },
  },
});
const seconds = Number(args.seconds);
const concurrency = Number(args.concurrency);
const userCount = Number(args.users);
for (const [name, value] of Object.entries({ seconds, concurrency, users: userCount })) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number ≥ 1`);
}
const secret = process.env.GOALPOST_SIGNING_SECRET || "demo-signing-secret";
const adminKey = process.env.GOALPOST_ADMIN_KEY || "demo-admin-key";

/** Latencies of one kind of call, and the answers that were not the expected status. */
class Timings {
  readonly ms: number[] = [];
  readonly unexpected = new Map<string, number>();
  record(ms: number, ok: boolean, what: string) {
    if (ok) this.ms.push(ms);
    else this.unexpected.set(what, (this.unexpected.get(what) ?? 0) + 1);
  }
  quantile(q: number): number {
    const sorted = [...this.ms].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  }
}

interface BenchUser {
  token: string;
  accountId: string;
  agreementId: string;
}

/** "422 the body is not valid (…)": an answer that was not the expected one, for the table. */
const outcome = (reply: { status: number; json: unknown }) => {
  const message = (reply.json as { error?: { message?: string } } | undefined)?.error?.message;
  return message ? `${reply.status} ${message}` : String(reply.status);
};

async function call(
  base: string,
  method: string,
  path: string,
  auth: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${auth}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, json: text ? JSON.parse(text) : undefined, ms };
}

async function expectStatus(
  promise: ReturnType<typeof call>,
  status: number,
  what: string,
): Promise<Record<string, unknown>> {
  const reply = await promise;
  if (reply.status !== status)
    throw new Error(
      `${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.json)}`,
    );
  return reply.json as Record<string, unknown>;
}

/**
 * An SDR in an account of their own with "meetings booked" (self-reported: logged through the
 * API) agreed and a goal set, and "qualified contacts" (app data: ingested) agreed.
 */
async function setUpUser(base: string, run: string, n: number): Promise<BenchUser> {
  const accountId = `bench-${run}-${n}`;
  const token = signToken({ sub: `${accountId}-sdr`, acc: accountId, role: "sdr" }, secret);
  const agree = (metricId: string) =>
    expectStatus(
      call(base, "POST", "/v1/agreements", token, { metricId, baseline: { value: 4 } }),
      201,
      `agree ${metricId}`,
    );
  const agreementId = String((await agree("meetings-booked")).id);
  await agree("qualified-contacts");
  const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  // Far away, so that no measurement ends the goal during the run.
  await expectStatus(
    call(base, "POST", "/v1/goals", token, { agreementId, target: 1_000_000, dueAt }),
    201,
    "set a goal",
  );
  return { token, accountId, agreementId };
}

/** Runs `loops` copies of `step` until `ms` have passed. */
async function forDuration(ms: number, loops: number, step: () => Promise<void>): Promise<void> {
  const deadline = performance.now() + ms;
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (performance.now() < deadline) await step();
    }),
  );
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

async function main(base: string, label: string): Promise<void> {
  const run = randomUUID().slice(0, 8);
  console.log(`\nGoalpost API load — ${label} (${base})`);
  console.log(
    `${userCount} users, ${concurrency} concurrent loops, ${seconds} s per phase, run ${run}\n`,
  );

  const users: BenchUser[] = [];
  for (let i = 0; i < userCount; i += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, userCount - i) }, (_, k) =>
      setUpUser(base, run, i + k),
    );
    users.push(...(await Promise.all(batch)));
  }

  const session = new Timings();
  const logProgress = new Timings();
  const history = new Timings();
  let started = performance.now();
  await forDuration(seconds * 1000, concurrency, async () => {
    const user = pick(users);
    const s = await call(base, "GET", "/v1/session", user.token);
    session.record(s.ms, s.status === 200, outcome(s));
    const m = await call(base, "POST", "/v1/measurements", user.token, {
      id: randomUUID(),
      agreementId: user.agreementId,
      value: 4 + Math.floor(Math.random() * 10),
      source: "self",
    });
    logProgress.record(m.ms, m.status === 201, outcome(m));
    const h = await call(
      base,
      "GET",
      `/v1/agreements/${user.agreementId}/measurements?limit=20`,
      user.token,
    );
    history.record(h.ms, h.status === 200, outcome(h));
  });
  const userPhase = (performance.now() - started) / 1000;

  const ingest = new Timings();
  let ingested = 0;
  started = performance.now();
  await forDuration(seconds * 1000, concurrency, async () => {
    const measurements = Array.from({ length: 100 }, () => {
      const user = pick(users);
      return {
        id: randomUUID(),
        accountId: user.accountId,
        roleId: "sdr",
        metricId: "qualified-contacts",
        value: 4 + Math.floor(Math.random() * 10),
        at: new Date().toISOString(),
        source: "app",
      };
    });
    const reply = await call(base, "POST", "/v1/ingest/measurements", adminKey, { measurements });
    const results = (reply.json as { results?: { status: string }[] } | undefined)?.results ?? [];
    const created = results.filter((r) => r.status === "created").length;
    ingest.record(reply.ms, reply.status === 200 && created === 100, outcome(reply));
    if (reply.status === 200) ingested += created;
  });
  const ingestPhase = (performance.now() - started) / 1000;

  const kpis = new Timings();
  const report = new Timings();
  for (let i = 0; i < 5; i++) {
    const k = await call(base, "GET", "/v1/admin/kpis", adminKey);
    kpis.record(k.ms, k.status === 200, outcome(k));
    const r = await call(
      base,
      "GET",
      `/v1/admin/accounts/${pick(users).accountId}/report`,
      adminKey,
    );
    report.record(r.ms, r.status === 200, outcome(r));
  }

  const row = (name: string, t: Timings, phase?: number) => {
    const rate = phase ? `${(t.ms.length / phase).toFixed(0)}/s` : "—";
    const bad = [...t.unexpected].map(([status, n]) => `${n}× ${status}`).join(", ") || "none";
    console.log(
      `| ${name} | ${t.ms.length} | ${rate} | ${t.quantile(0.5).toFixed(1)} | ${t.quantile(0.99).toFixed(1)} | ${bad} |`,
    );
  };
  console.log("| call | answered | rate | p50 ms | p99 ms | unexpected answers |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  row("GET /v1/session", session, userPhase);
  row("POST /v1/measurements", logProgress, userPhase);
  row("GET /v1/agreements/:id/measurements", history, userPhase);
  row("POST /v1/ingest/measurements (100 points)", ingest, ingestPhase);
  row("GET /v1/admin/kpis", kpis);
  row("GET /v1/admin/accounts/:id/report", report);
  console.log(`\ningest throughput: ${(ingested / ingestPhase).toFixed(0)} data points/s`);
}

if (args.target === "mock") {
  const mock = await startMockBackend();
  try {
    await main(mock.url, "goalpost-mock (in memory)");
  } finally {
    await mock.stop();
  }
} else if (/^https?:\/\//.test(args.target ?? "")) {
  await main((args.target ?? "").replace(/\/+$/, ""), "a running server");
} else {
  throw new Error(`--target must be mock or a URL, not ${JSON.stringify(args.target)}`);
}
