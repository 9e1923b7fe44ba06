import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../errors/ValidationError.ts";
import { clockSkewMs } from "../math/checkNotFuture.ts";
import { createGoalpost } from "./createGoalpost.ts";
import type { Goalpost } from "./types.ts";

const apiBase = "https://api.test/goalpost";
const now = Date.parse("2025-03-10T09:00:00.000Z");
const iso = (ms: number) => new Date(now + ms).toISOString();
const day = 86_400_000;

const role = {
  id: "sdr",
  name: "SDR",
  maturity: [1, 2, 3].map((level) => ({
    level,
    name: `Level ${level}`,
    description: "Books meetings",
    expectedGain: 0.1 * level,
  })),
};
const metric = (id: string, extra: object) => ({
  id,
  name: id,
  description: id,
  kind: "value",
  roleIds: ["sdr"],
  direction: "increase",
  dataSource: "CRM",
  periodDays: 30,
  ...extra,
});
const agreement = (id: string, metricId: string) => ({
  id,
  accountId: "acme",
  roleId: "sdr",
  metricId,
  status: "agreed",
  proposedBy: "customer",
  agreedAt: iso(-30 * day),
  maturityLevel: 1,
  baseline: { value: 4, at: iso(-30 * day), source: "self" },
});
const session = {
  user: { id: "u-1", accountId: "acme", roleId: "sdr" },
  role,
  catalog: {
    metrics: [
      metric("meetings", { unit: { type: "number" }, collection: "self" }),
      metric("calls", { unit: { type: "number" }, collection: "self" }),
      metric("rate", { unit: { type: "percent" }, collection: "self" }),
    ],
    valueElements: [],
  },
  agreements: [agreement("agr-meetings", "meetings"), agreement("agr-calls", "calls")],
  goals: [
    {
      id: "goal-1",
      agreementId: "agr-meetings",
      startValue: 4,
      target: 6,
      startAt: iso(-day),
      dueAt: iso(20 * day),
      status: "active",
      actions: [],
      valueElementIds: [],
    },
  ],
  measurements: [],
  pulseDue: false,
};

const started: Goalpost[] = [];
afterEach(() => {
  for (const goalpost of started.splice(0)) goalpost.destroy();
});

/** A started store whose server answers the session and nothing else. */
async function startStore() {
  const fetch = vi.fn<typeof globalThis.fetch>(async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith("/v1/session")) return Response.json(session);
    throw new Error(`the store sent ${url.pathname} despite the rule`);
  });
  const goalpost = createGoalpost({ apiBase, token: "jwt", fetch, now: () => now });
  started.push(goalpost);
  await goalpost.start();
  fetch.mockClear();
  return { goalpost, fetch };
}

/** Expects `attempt` to be refused with one issue at `path`, and nothing sent. */
async function expectRefused(
  { goalpost, fetch }: Awaited<ReturnType<typeof startStore>>,
  attempt: Promise<unknown>,
  path: (string | number)[],
  message: string | RegExp,
) {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const [issue, ...more] = (error as ValidationError).issues;
  expect(more).toEqual([]);
  expect(issue?.path).toEqual(path);
  expect(issue?.message).toMatch(message);
  expect(fetch).not.toHaveBeenCalled();
  expect(goalpost.pending.value).toBe(0);
}

describe("the store refuses with the rules the server applies, sending nothing", () => {
  it("setGoal: a due date that is not in the future", async () => {
    const store = await startStore();
    for (const dueAt of [iso(0), iso(-day)]) {
      await expectRefused(
        store,
        store.goalpost.setGoal({ agreementId: "agr-calls", target: 6, dueAt }),
        ["dueAt"],
        "must be in the future",
      );
    }
    expect(store.goalpost.goals.value.map((g) => g.id)).toEqual(["goal-1"]);
  });

  it("updateGoal: a target that does not improve on the start, a due date in the past", async () => {
    const store = await startStore();
    const update = (changes: object) => store.goalpost.updateGoal("goal-1", changes);
    await expectRefused(store, update({ target: 3 }), ["target"], /above the current value 4/);
    await expectRefused(store, update({ dueAt: iso(-day) }), ["dueAt"], "must be in the future");
    expect(store.goalpost.goals.value[0]).toMatchObject({ target: 6, dueAt: iso(20 * day) });
  });

  it("agreeMetric and setMaturity: a maturity level the role lacks", async () => {
    const store = await startStore();
    const model = /must be a level of the role's maturity model \(1 to 3\)/;
    await expectRefused(
      store,
      store.goalpost.agreeMetric("rate", { maturityLevel: 4 }),
      ["maturityLevel"],
      model,
    );
    await expectRefused(
      store,
      store.goalpost.setMaturity("agr-calls", 0),
      ["maturityLevel"],
      model,
    );
  });

  it("agreeMetric and setBaseline: a baseline that does not fit the metric", async () => {
    const store = await startStore();
    await expectRefused(
      store,
      store.goalpost.agreeMetric("rate", { baseline: 140 }),
      ["baseline", "value"],
      "must be between 0 and 100",
    );
    const future = iso(clockSkewMs + 1000);
    await expectRefused(
      store,
      store.goalpost.setBaseline("agr-calls", 5, future),
      ["baseline", "at"],
      "must not be in the future",
    );
    expect(store.goalpost.agreements.value.map((v) => v.agreement.id)).toEqual([
      "agr-meetings",
      "agr-calls",
    ]);
  });

  it("logProgress: a time in the future, a phase for a metric that is not a scale", async () => {
    const store = await startStore();
    const log = (extra: object) =>
      store.goalpost.logProgress({ agreementId: "agr-calls", value: 5, ...extra });
    await expectRefused(
      store,
      log({ at: iso(clockSkewMs + 1000) }),
      ["at"],
      "must not be in the future",
    );
    await expectRefused(store, log({ phase: "end" }), ["phase"], "is only for scale assessments");
    await expectRefused(store, log({ value: -1 }), ["value"], "must be 0 or more");
  });
});
