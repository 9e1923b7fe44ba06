import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { HttpError } from "../errors/HttpError.ts";
import { createClient, type GoalpostClient } from "./createClient.ts";

const api = "https://api.test/goalpost";
const at = "2025-03-03T09:00:00.000Z";

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
const metric = {
  id: "meetings-booked",
  name: "Meetings booked",
  description: "Meetings booked per week",
  kind: "value",
  roleIds: ["sdr"],
  unit: { type: "number", label: "meetings" },
  direction: "increase",
  collection: "self",
  dataSource: "CRM",
  periodDays: 30,
};
const valueElement = {
  id: "crm-sync",
  type: "feature",
  title: "CRM sync",
  metricIds: ["meetings-booked"],
  roleIds: ["sdr"],
  action: "open-crm-sync",
};
const agreement = {
  id: "agr-1",
  accountId: "acme",
  roleId: "sdr",
  metricId: "meetings-booked",
  status: "agreed",
  proposedBy: "customer",
  agreedAt: at,
  maturityLevel: 2,
  baseline: { value: 4, at, source: "self" },
};
const action = { id: "act-1", title: "Turn on CRM sync", owner: "customer", done: false } as const;
const goal = {
  id: "acme:goal-1",
  agreementId: "agr-1",
  startValue: 4,
  target: 6,
  startAt: at,
  dueAt: "2025-04-02T09:00:00.000Z",
  status: "active",
  actions: [action],
  valueElementIds: ["crm-sync"],
};
const measurement = {
  id: "m-1",
  agreementId: "agr-1",
  value: 5,
  at,
  source: "self",
  userId: "u-1",
};
const pulse = {
  id: "p-1",
  accountId: "acme",
  roleId: "sdr",
  userId: "u-1",
  touchpoint: "product",
  score: 4,
  at,
};
const session = {
  user: { id: "u-1", accountId: "acme", roleId: "sdr", name: "Sam" },
  role,
  catalog: { metrics: [metric], valueElements: [valueElement] },
  agreements: [agreement],
  goals: [goal],
  measurements: [measurement],
  pulseDue: true,
};

interface Seen {
  method: string;
  url: URL;
  authorization: string | null;
  body: unknown;
}
const seen: Seen[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

/** Answers every request with `respond(n)` (n counts from 1) and records what arrived. */
function serve(respond: (n: number) => Response) {
  server.use(
    http.all(`${api}/*`, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        url: new URL(request.url),
        authorization: request.headers.get("authorization"),
        body: text ? JSON.parse(text) : undefined,
      });
      return respond(seen.length);
    }),
  );
}

const cases: {
  name: string;
  run: (client: GoalpostClient) => Promise<unknown>;
  method: string;
  path: string;
  search?: string;
  sent?: unknown;
  answer: unknown;
}[] = [
  {
    name: "getSession",
    run: (c) => c.getSession(),
    method: "GET",
    path: "/v1/session",
    answer: session,
  },
  {
    name: "createAgreement",
    run: (c) => c.createAgreement({ metricId: "meetings-booked", baseline: { value: 4 } }),
    method: "POST",
    path: "/v1/agreements",
    sent: { metricId: "meetings-booked", baseline: { value: 4 } },
    answer: agreement,
  },
  {
    name: "updateAgreement",
    run: (c) => c.updateAgreement("agr-1", { status: "agreed" }),
    method: "PATCH",
    path: "/v1/agreements/agr-1",
    sent: { status: "agreed" },
    answer: agreement,
  },
  {
    name: "createGoal (names trimmed as the contract says)",
    run: (c) =>
      c.createGoal({
        agreementId: "agr-1",
        target: 6,
        dueAt: goal.dueAt,
        actions: [{ title: "  Turn on CRM sync ", owner: "customer" }],
      }),
    method: "POST",
    path: "/v1/goals",
    sent: {
      agreementId: "agr-1",
      target: 6,
      dueAt: goal.dueAt,
      actions: [{ title: "Turn on CRM sync", owner: "customer" }],
    },
    answer: goal,
  },
  {
    name: "updateGoal (path id URL-encoded)",
    run: (c) => c.updateGoal("acme:goal-1", { actions: [{ ...action, done: true }] }),
    method: "PATCH",
    path: "/v1/goals/acme%3Agoal-1",
    sent: { actions: [{ ...action, done: true }] },
    answer: goal,
  },
  {
    name: "createMeasurement",
    run: (c) => c.createMeasurement({ id: "m-1", agreementId: "agr-1", value: 5, source: "self" }),
    method: "POST",
    path: "/v1/measurements",
    sent: { id: "m-1", agreementId: "agr-1", value: 5, source: "self" },
    answer: measurement,
  },
  {
    name: "updateMeasurement (note: null clears it)",
    run: (c) => c.updateMeasurement("m-1", { value: 6, note: null }),
    method: "PATCH",
    path: "/v1/measurements/m-1",
    sent: { value: 6, note: null },
    answer: { ...measurement, value: 6, correctedAt: at },
  },
  {
    name: "deleteMeasurement",
    run: (c) => c.deleteMeasurement("m-1"),
    method: "DELETE",
    path: "/v1/measurements/m-1",
    answer: { ...measurement, deletedAt: at },
  },
  {
    name: "getMeasurementHistory",
    run: (c) => c.getMeasurementHistory("m-1"),
    method: "GET",
    path: "/v1/measurements/m-1/history",
    answer: {
      measurement: { ...measurement, deletedAt: at },
      corrections: [{ at, userId: "u-1", action: "deleted", before: { value: 5 } }],
    },
  },
  {
    name: "getAgreementHistory",
    run: (c) => c.getAgreementHistory("agr-1"),
    method: "GET",
    path: "/v1/agreements/agr-1/history",
    answer: {
      agreement,
      changes: [{ at, userId: "u-1", before: { maturityLevel: 1 }, after: { maturityLevel: 2 } }],
    },
  },
  {
    name: "listMeasurements",
    run: (c) => c.listMeasurements("agr-1", { limit: 10, cursor: "c-2" }),
    method: "GET",
    path: "/v1/agreements/agr-1/measurements",
    search: "?limit=10&cursor=c-2",
    answer: { items: [measurement], nextCursor: "c-3" },
  },
  {
    name: "createPulse",
    run: (c) => c.createPulse({ touchpoint: "product", score: 4 }),
    method: "POST",
    path: "/v1/pulses",
    sent: { touchpoint: "product", score: 4 },
    answer: pulse,
  },
];

describe("createClient", () => {
  it.each(cases)("$name: sends the call and answers the contract-shaped result", async (c) => {
    serve(() => HttpResponse.json(c.answer as object, { status: c.method === "POST" ? 201 : 200 }));
    const client = createClient({ apiBase: `${api}/`, token: "jwt-1" });

    await expect(c.run(client)).resolves.toEqual(c.answer);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe(c.method);
    expect(seen[0]?.url.pathname).toBe(`/goalpost${c.path}`);
    expect(seen[0]?.url.search).toBe(c.search ?? "");
    expect(seen[0]?.authorization).toBe("Bearer jwt-1");
    expect(seen[0]?.body).toEqual(c.sent);
  });

  it("uses the fetch it is given", async () => {
    serve(() => HttpResponse.json(session));
    const fetch = vi.fn((input: string | URL | Request, init?: RequestInit) =>
      globalThis.fetch(input, init),
    );
    await createClient({ apiBase: api, token: "jwt-1", fetch }).getSession();
    expect(fetch).toHaveBeenCalledOnce();
  });
});

describe("createClient tokens", () => {
  it("refuses a token it cannot send: at once, or when a provider resolves to none", async () => {
    expect(() => createClient({ apiBase: api, token: 7 as unknown as string })).toThrow(
      GoalpostError,
    );
    expect(() => createClient({ apiBase: "api.example.com", token: "jwt" })).toThrow(
      /^apiBase must be an http\(s\) URL or a path/,
    );
    const fetch = vi.fn(globalThis.fetch);
    const client = createClient({
      apiBase: api,
      token: async () => undefined as unknown as string,
      fetch,
    });
    await expect(client.getSession()).rejects.toThrow(/token function must return a non-empty/);
    expect(() => client.setToken("")).toThrow(GoalpostError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("asks a provider once and reuses its token", async () => {
    serve(() => HttpResponse.json(session));
    const provider = vi.fn(async () => "jwt-1");
    const client = createClient({ apiBase: api, token: provider });
    await client.getSession();
    await client.getSession();
    expect(provider).toHaveBeenCalledOnce();
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer jwt-1", "Bearer jwt-1"]);
  });

  it("after a 401 asks the provider again and retries once with the fresh token", async () => {
    serve((n) =>
      n === 1
        ? HttpResponse.json(unauthorized, { status: 401 })
        : HttpResponse.json(goal, { status: 201 }),
    );
    const provider = vi.fn().mockResolvedValueOnce("old").mockResolvedValueOnce("fresh");
    const client = createClient({ apiBase: api, token: provider });

    const created = await client.createGoal({ agreementId: "agr-1", target: 6, dueAt: goal.dueAt });
    expect(created).toEqual(goal);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer old", "Bearer fresh"]);
  });

  it("fails with HttpError 401 when the fresh token is refused too", async () => {
    serve(() => HttpResponse.json(unauthorized, { status: 401 }));
    const provider = vi.fn().mockResolvedValueOnce("old").mockResolvedValueOnce("also-old");
    const client = createClient({ apiBase: api, token: provider });

    const error = await client.getSession().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: "unauthorized" });
    expect(provider).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(2);
  });

  it("shares one refresh between requests refused at the same time", async () => {
    serve((n) =>
      n <= 2 ? HttpResponse.json(unauthorized, { status: 401 }) : HttpResponse.json(session),
    );
    const provider = vi.fn().mockResolvedValueOnce("old").mockResolvedValueOnce("fresh");
    const client = createClient({ apiBase: api, token: provider });

    await Promise.all([client.getSession(), client.getSession()]);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(seen.slice(2).map((s) => s.authorization)).toEqual(["Bearer fresh", "Bearer fresh"]);
  });

  it("does not retry a 401 with a plain token", async () => {
    serve(() => HttpResponse.json(unauthorized, { status: 401 }));
    const error = await createClient({ apiBase: api, token: "expired" })
      .getSession()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "HttpError", status: 401 });
    expect(seen).toHaveLength(1);
  });

  it("asks a failed provider again on the next request", async () => {
    serve(() => HttpResponse.json(session));
    const provider = vi
      .fn()
      .mockRejectedValueOnce(new Error("login expired"))
      .mockResolvedValueOnce("jwt-2");
    const client = createClient({ apiBase: api, token: provider });
    await expect(client.getSession()).rejects.toThrow("login expired");
    await expect(client.getSession()).resolves.toEqual(session);
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer jwt-2"]);
  });

  it("setToken replaces the token for the next requests", async () => {
    serve(() => HttpResponse.json(session));
    const client = createClient({ apiBase: api, token: "jwt-1" });
    await client.getSession();
    client.setToken(async () => "jwt-2");
    await client.getSession();
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer jwt-1", "Bearer jwt-2"]);
  });
});

const unauthorized = { error: { code: "unauthorized", message: "token expired" } };
