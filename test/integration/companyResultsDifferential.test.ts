import {
  type CompanyResults,
  type RetentionResults,
  type RevenueEvent,
  seededRandom,
  type UsageItem,
} from "@goalpost/core/admin";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signToken } from "../contract/support/signToken.ts";
import { freshDatabase, startGoalpostServer } from "../contract/support/startGoalpostServer.ts";
import { startMockBackend } from "../contract/support/startMockBackend.ts";

// The mock backend and the reference server on PGlite and on PostgreSQL, each its built bin
// started fresh with the demo catalog (which seeds no revenue and no usage), are sent one random
// book over HTTP and asked the same company-results questions: the answers must be equal whole.
// The book has three parts apart in time: around today (with users' results, which count only
// at index dates after today), a far-past year and a far-future one (usage in hundredths).
// Run with `pnpm build` first and PostgreSQL at 127.0.0.1:5432 (or GOALPOST_TEST_POSTGRES):
// `npx vitest run --project differential`. Replay a run with GOALPOST_DIFFERENTIAL_SEED (the
// seed is in the test names and failure messages).
const seed = Number(process.env.GOALPOST_DIFFERENTIAL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = seededRandom(seed);
const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const chance = (p: number) => random() < p;
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;

const dayMs = 86_400_000;
const dayOf = (n: number) => new Date(n * dayMs).toISOString().slice(0, 10);
const today = Math.floor(Date.now() / dayMs);
// Agreements are agreed now, so states other than no measures appear only at index dates after
// today, and an achieved goal (achieved now, never backdated) only in the 183 days after it. In
// the far-past year every state reads no measures.
const farPast = Math.floor(Date.UTC(int(1200, 1900), int(0, 11), int(1, 28)) / dayMs);

/** One agreement of a user, with its backdated entries, and what then happens to it. */
interface AgreementPlan {
  metricId: string;
  source: "self" | "scale";
  baseline: { value: number; at: string };
  entries: { id: string; value: number; at: string; corrected?: number; deleted?: boolean }[];
  /** A goal just above every value so far, and the value that achieves it now. */
  goal?: { target: number; reach: number };
  retire?: boolean;
}
interface Person {
  accountId: string;
  userId: string;
  roleId: string;
  agreements: AgreementPlan[];
}

const metrics = {
  "digital-marketer": [{ id: "campaign-setup-hours", source: "self", low: 1, high: 12 }],
  sdr: [
    { id: "meetings-booked", source: "self", low: 0, high: 20 },
    { id: "outreach-confidence", source: "scale", low: 1, high: 5 },
  ],
} as const;

const roles = ["sdr", "digital-marketer"] as const;
const revenue: RevenueEvent[] = [];
const usage: UsageItem[] = [];
const people: Person[] = [];
let ids = 0;
const id = (prefix: string) => `${prefix}-${seed}-${++ids}`;

/**
 * An account's contract history from `start` to `until`: terms, changes, churns, comebacks; with
 * `keepFirstTerm`, no churn before the first renewal (whose index date the book plans for).
 */
function contracts(accountId: string, start: number, until: number, keepFirstTerm: boolean) {
  const event = (type: RevenueEvent["type"], day: number, arr: number, extra = {}) =>
    revenue.push({
      id: id("rev"),
      accountId,
      type,
      day: dayOf(day),
      arr,
      currency: "USD",
      ...extra,
    });
  const cents = (amount: number) => Math.round(amount * 100) / 100;
  let arr = 1000 * int(1, 40);
  let day = start;
  event("start", day, arr);
  while (day < until) {
    const renewal = day + 365;
    for (let n = int(0, 2); n > 0; n--) {
      const on = int(day, renewal - 1);
      if (!(keepFirstTerm && day === start) && chance(0.1)) {
        event("churn", on, 0, chance(0.5) ? { voluntary: chance(0.5) } : {});
        return on;
      }
      arr = cents(arr * (0.6 + random() * 0.8));
      event(pick(["expansion", "contraction", "arr"] as const), on, arr);
    }
    const outcome = pick(["renewed", "renewed", "downgraded", "churned"] as const);
    if (outcome === "churned") {
      event("renewal", renewal, 0, { outcome, ...(chance(0.7) ? { voluntary: chance(0.5) } : {}) });
      if (!chance(0.3)) return renewal;
      day = renewal + int(30, 300); // comes back as a new contract
      arr = 1000 * int(1, 40);
      event("start", day, arr);
      continue;
    }
    arr = cents(arr * (outcome === "renewed" ? 1 + random() * 0.3 : 0.5 + random() * 0.45));
    event("renewal", renewal, arr, { outcome });
    // Now and then a second event on the renewal's day: they take effect as received.
    if (chance(0.2)) {
      arr = cents(arr * 1.1);
      event("arr", renewal, arr);
    }
    day = renewal;
  }
  return until;
}

/**
 * Daily usage from `from` to `to`: most days, some in several items, a few exactly 0, in
 * steps of 1 / `perUnit`. Quarters add up exactly in any order; hundredths do not, and are kept to the millionth (see the tests).
 */
function dailyUsage(
  accountId: string,
  from: number,
  to: number,
  outages: ReadonlySet<number>,
  perUnit: number,
) {
  const share = 0.3 + random() * 0.6;
  const level = int(10, 500);
  for (let day = from; day <= to; day++) {
    if (outages.has(day) || !chance(share)) continue;
    for (let n = chance(0.15) ? int(2, 3) : 1; n > 0; n--) {
      const quantity = chance(0.03) ? 0 : int(0, level * perUnit) / perUnit;
      usage.push({
        id: id("use"),
        accountId,
        usageMetricId: "identified-visitors",
        quantity,
        day: dayOf(day),
      });
    }
  }
}

/** An instant as a client may write it: in UTC, with an offset, or with more than milliseconds. */
function written(time: number): string {
  const utc = new Date(time).toISOString();
  if (chance(0.7)) return utc;
  if (chance(0.5)) return `${utc.slice(0, -1)}${int(0, 999_999).toString().padStart(6, "0")}Z`;
  const hours = int(-11, 14);
  const local = new Date(time + hours * 3_600_000).toISOString().slice(0, -1);
  const sign = hours < 0 ? "-" : "+";
  return `${local}${sign}${String(Math.abs(hours)).padStart(2, "0")}:00`;
}

/** What a person's entries are made to show at index dates after today, or anything. */
type Wants = "goal" | "gain" | "measuring" | "any";

/**
 * A user's agreements in one role, with backdated entries (some at the same instant, some
 * corrected or deleted), then as `wants` says: a last entry today that improves on the baseline
 * (`gain`) or equals it (`measuring`), or a goal achieved now (`goal`); else some are retired.
 */
function person(accountId: string, roleId: keyof typeof metrics, wants: Wants) {
  const agreements = metrics[roleId].flatMap((metric): AgreementPlan[] => {
    const first = metric === metrics[roleId][0];
    if (!chance(wants === "any" ? 0.7 : first ? 1 : 0.9)) return [];
    const value = () =>
      metric.source === "scale" ? int(1, 5) : int(metric.low * 2, metric.high * 2) / 2;
    const ago = (days: number) => written(Date.now() - days * dayMs - int(0, dayMs - 1));
    const start = value();
    // Room to improve on the five-point scale.
    const baseline = {
      value: metric.source === "scale" ? Math.min(start, 4) : start,
      at: ago(int(60, 400)),
    };
    const entries: AgreementPlan["entries"] = [];
    for (let n = int(0, 4); n > 0; n--) {
      // Some share a time with the previous entry: the one stored later is the latest.
      const at =
        entries.length > 0 && chance(0.2) ? (entries.at(-1)?.at as string) : ago(int(1, 300));
      entries.push({
        id: id("m"),
        value: value(),
        at,
        ...(chance(0.15) ? { corrected: value() } : chance(0.1) ? { deleted: true } : {}),
      });
    }
    if (wants === "gain" || wants === "measuring") {
      const better =
        metric.id === "campaign-setup-hours" ? baseline.value - 0.5 : baseline.value + 1;
      const last = wants === "gain" ? better : baseline.value;
      entries.push({ id: id("m"), value: Math.max(last, 0.5), at: ago(0) });
    }
    const plan: AgreementPlan = { metricId: metric.id, source: metric.source, baseline, entries };
    if (wants === "gain" || wants === "measuring") return [plan];
    if (wants === "goal" && metric.id === "meetings-booked") {
      const top = Math.max(baseline.value, ...entries.flatMap((e) => [e.value, e.corrected ?? 0]));
      plan.goal = { target: top + 1, reach: top + int(1, 3) };
    } else if (chance(0.15)) plan.retire = true;
    return [plan];
  });
  people.push({ accountId, userId: id("user"), roleId, agreements });
}

// A third book, far in the future and apart from the other two, has usage in hundredths.
const farFuture = Math.floor(Date.UTC(int(2200, 2900), int(0, 11), int(1, 28)) / dayMs);
for (const anchor of [farPast, today, farFuture]) {
  const decimals = anchor === farFuture;
  const outages = new Set(Array.from({ length: int(0, 6) }, () => anchor - int(0, 480)));
  for (let n = 0; n < (decimals ? 8 : 16); n++) {
    const accountId = id(anchor === today ? "acct" : decimals ? "decimal" : "past");
    // The first half's first renewal falls in the coming year, where their results count.
    const start = anchor - (n < 8 ? int(60, 250) : int(1, 700));
    const end = contracts(accountId, start, anchor + 500, n < 8);
    dailyUsage(
      accountId,
      Math.max(start - int(0, 40), anchor - 500),
      Math.min(end, anchor + 160),
      outages,
      decimals ? 100 : 4,
    );
    if (decimals || (n >= 10 && anchor === today)) continue;
    const wants: Wants = n < 3 ? "goal" : n < 5 ? "gain" : n < 7 ? "measuring" : "any";
    const [first, other] = wants === "goal" || chance(0.5) ? roles : [roles[1], roles[0]];
    person(accountId, first, wants);
    if (chance(0.3)) person(accountId, other, wants);
  }
  // Usage of an account that never was a customer: its days count as arrived, it counts nowhere.
  dailyUsage(id("prospect"), anchor - 400, anchor + 100, outages, decimals ? 100 : 4);
}

interface Target {
  name: string;
  url: string;
  stop(): Promise<void>;
}
const targets: Target[] = [];

/** One request; a reply other than 2xx fails with what the target said. */
async function call(url: string, method: string, path: string, bearer: string, json?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text} (seed ${seed})`);
  return JSON.parse(text) as unknown;
}
const adminKey = "demo-admin-key";

/** Sends the whole book to one target: revenue in order, usage, then each user's results. */
async function sendBook(url: string) {
  const batches = <T>(list: readonly T[]) =>
    Array.from({ length: Math.ceil(list.length / 500) }, (_, i) =>
      list.slice(i * 500, i * 500 + 500),
    );
  for (const events of batches(revenue))
    await call(url, "POST", "/v1/admin/revenue", adminKey, { events });
  for (const items of batches(usage))
    await call(url, "POST", "/v1/admin/usage", adminKey, { items });
  // A batch sent again: replayed, not counted twice.
  await call(url, "POST", "/v1/admin/usage", adminKey, { items: usage.slice(0, 200) });
  for (const p of people) {
    const claims = { sub: p.userId, acc: p.accountId, role: p.roleId, name: "Differential" };
    const token = signToken(claims, "demo-signing-secret");
    const send = (method: string, path: string, json?: unknown) =>
      call(url, method, path, token, json);
    for (const plan of p.agreements) {
      const body = { metricId: plan.metricId, baseline: plan.baseline };
      const { id: agreementId } = (await send("POST", "/v1/agreements", body)) as { id: string };
      for (const entry of plan.entries) {
        const { id, value, at } = entry;
        await send("POST", "/v1/measurements", { id, agreementId, value, at, source: plan.source });
        if (entry.corrected !== undefined)
          await send("PATCH", `/v1/measurements/${id}`, { value: entry.corrected });
        if (entry.deleted) await send("DELETE", `/v1/measurements/${id}`);
      }
      if (plan.goal) {
        const dueAt = new Date(Date.now() + 30 * dayMs).toISOString();
        await send("POST", "/v1/goals", { agreementId, target: plan.goal.target, dueAt });
        const reach = {
          id: `${agreementId}-reach`,
          agreementId,
          value: plan.goal.reach,
          source: plan.source,
        };
        await send("POST", "/v1/measurements", reach);
      }
      if (plan.retire) await send("PATCH", `/v1/agreements/${agreementId}`, { status: "retired" });
    }
  }
}

/** Several `asOf` and both variants around a book's anchor day. */
const companyQueries = (anchor: number) =>
  [-int(0, 60), int(1, 90), int(91, 200)].flatMap((offset) =>
    ["yoy", "mom"].map(
      (variant) => `/v1/admin/results/company?asOf=${dayOf(anchor + offset)}&variant=${variant}`,
    ),
  );
/** Renewal periods before, after and around the anchor, the one after with several index dates. */
const retentionQueries = (anchor: number) =>
  [
    [anchor - 365, anchor, [90]],
    [anchor + 1, anchor + 365, [30, 90, 180, int(1, 400)]],
    [anchor - int(100, 300), anchor + int(100, 400), [90]],
  ].flatMap(([from, to, indexDays]) =>
    (indexDays as number[]).map(
      (days) =>
        `/v1/admin/results/retention?from=${dayOf(from as number)}&to=${dayOf(to as number)}&indexDays=${days}`,
    ),
  );
const queries = [farPast, today].flatMap((a) => [...companyQueries(a), ...retentionQueries(a)]);
const decimalQueries = [...companyQueries(farFuture), ...retentionQueries(farFuture).slice(0, 1)];

/** Asks every target `query`: the mock's answer first. */
const ask = (query: string) => Promise.all(targets.map((t) => call(t.url, "GET", query, adminKey)));

beforeAll(async () => {
  const started = await Promise.allSettled([
    startMockBackend().then((mock) => ({ name: "mock", ...mock })),
    ...(["pglite", "postgres"] as const).map(async (kind) => {
      const data = await freshDatabase(kind);
      const server = await startGoalpostServer(data.database).catch(async (error) => {
        await data.drop();
        throw error;
      });
      return {
        name: kind,
        url: server.url,
        async stop() {
          await server.stop();
          await data.drop();
        },
      };
    }),
  ]);
  for (const result of started) if (result.status === "fulfilled") targets.push(result.value);
  const failed = started.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  await Promise.all(targets.map((t) => sendBook(t.url)));
}, 120_000);

afterAll(async () => {
  await Promise.all(targets.map((t) => t.stop()));
});

describe(`company results: the mock and the server on PGlite and PostgreSQL agree (seed ${seed})`, () => {
  test(`${revenue.length} revenue events, ${usage.length} usage items, ${people.length} users: ${queries.length} questions answered alike`, async () => {
    const seen = {
      states: new Set<string>(),
      quintiles: 0,
      roles: 0,
      incomplete: new Set<boolean>(),
    };
    for (const query of queries) {
      const [mock, ...servers] = await ask(query);
      for (const [i, answer] of servers.entries()) {
        const label = `${targets[i + 1]?.name} against the mock, seed ${seed}: GET ${query}`;
        expect(answer, label).toStrictEqual(mock);
      }
      if (query.includes("retention")) {
        const report = mock as RetentionResults;
        for (const g of report.groups) if (g.renewals > 0) seen.states.add(g.state);
        seen.quintiles += report.doseResponse.quintiles.length;
        seen.roles += report.byRole.length;
      } else {
        for (const u of (mock as CompanyResults).usage) seen.incomplete.add(u.incomplete);
      }
    }
    // The book reaches what it is meant to compare: every state, fifths, roles, both kinds of period.
    const states = ["gain", "goal-achieved", "measuring", "no-measures"];
    expect([...seen.states].sort(), `seed ${seed}`).toEqual(states);
    expect(seen.quintiles, `seed ${seed}`).toBeGreaterThan(0);
    expect(seen.roles, `seed ${seed}`).toBeGreaterThan(0);
    expect([...seen.incomplete].sort(), `seed ${seed}`).toEqual([false, true]);
  });

  // Usage in hundredths is added up in another order by each store (the mock in the order
  // received, SQL's sum() in none), so the last bits of an account's sum can differ (4195
  // against 4194.999999999997); the shared computation takes each sum to the millionth and the
  // accounts in id order (usageRetentionOfSums), so the figures are the same to the last bit.
  test(`usage in hundredths: the same figures, to the last bit`, async () => {
    for (const query of decimalQueries) {
      const [mock, ...servers] = await ask(query);
      for (const [i, answer] of servers.entries()) {
        const label = `${targets[i + 1]?.name} against the mock, seed ${seed}: GET ${query}`;
        expect(answer, label).toStrictEqual(mock);
      }
    }
  });
});
