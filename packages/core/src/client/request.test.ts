import { delay, HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { HttpError } from "../errors/HttpError.ts";
import { NetworkError } from "../errors/NetworkError.ts";
import { TimeoutError } from "../errors/TimeoutError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { createClient } from "./createClient.ts";

const api = "https://api.test/goalpost";
const goalBody = { agreementId: "agr-1", target: 6, dueAt: "2025-04-02T09:00:00Z" };
const measurementBody = { id: "m-1", agreementId: "agr-1", value: 5, source: "self" } as const;
const measurement = { ...measurementBody, at: "2025-03-03T09:00:00Z", userId: "u-1" };
const emptyPage = { items: [] };

let hits = 0;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  hits = 0;
});
afterAll(() => server.close());

/** Answers the n-th request (from 1) with `respond(n)`. */
function serve(respond: (n: number) => Response | Promise<Response>) {
  server.use(http.all(`${api}/*`, () => respond(++hits)));
}
const failing = (status: number) => () => new HttpResponse(null, { status });
const client = (options: { timeout?: number; retry?: number } = {}) =>
  createClient({ apiBase: api, token: "jwt", ...options });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the call to fail"),
    (error: unknown) => error,
  );
}

describe("request validation", () => {
  it("refuses an invalid body with the field paths, sending nothing", async () => {
    serve(() => HttpResponse.json({}));
    const body = {
      ...goalBody,
      target: "six",
      actions: [{ title: "Call", owner: "me" }],
      extra: 1,
    };
    // @ts-expect-error -- an invalid body on purpose
    const error = await failure(client().createGoal(body));

    expect(error).toBeInstanceOf(ValidationError);
    const { where, issues } = error as ValidationError;
    expect(where).toBe("createGoal request body");
    expect(issues).toContainEqual({
      path: ["target"],
      message: "expected number",
      code: "invalid_type",
    });
    expect(issues).toContainEqual(expect.objectContaining({ path: ["actions", 0, "owner"] }));
    expect(issues).toContainEqual(
      expect.objectContaining({ path: ["extra"], message: 'unknown field "extra"' }),
    );
    expect(hits).toBe(0);
  });

  it("refuses a path id or a query that breaks the contract, sending nothing", async () => {
    serve(() => HttpResponse.json(emptyPage));
    await expect(client().updateGoal("", { status: "abandoned" })).rejects.toMatchObject({
      name: "ValidationError",
      where: "updateGoal id",
    });
    await expect(client().listMeasurements("agr-1", { limit: 0 })).rejects.toMatchObject({
      where: "listMeasurements query",
      issues: [expect.objectContaining({ path: ["limit"] })],
    });
    expect(hits).toBe(0);
  });

  it("rejects a response that breaks the contract", async () => {
    serve(() => HttpResponse.json({ user: { id: "u-1" }, pulseDue: "yes" }));
    const error = await failure(client().getSession());
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ where: "GET /v1/session response" });
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ path: ["pulseDue"] }),
    );
  });

  it("rejects a response that is not JSON", async () => {
    serve(() => new HttpResponse("<html>proxy page</html>", { status: 201 }));
    await expect(client().createPulse({ touchpoint: "overall", score: 5 })).rejects.toMatchObject({
      name: "ValidationError",
      where: "POST /v1/pulses response",
      issues: [{ path: [], message: "is not JSON" }],
    });
  });
});

describe("request failures", () => {
  it("HttpError carries the status and the server's error body", async () => {
    const body = { error: { code: "conflict", message: "an active goal exists" } };
    serve(() => HttpResponse.json(body, { status: 409 }));
    const error = await failure(client().createGoal(goalBody));

    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 409,
      body,
      code: "conflict",
      method: "POST",
      url: `${api}/v1/goals`,
    });
    expect((error as HttpError).cause).toBeInstanceOf(Error);
    expect((error as HttpError).cause).not.toBeInstanceOf(GoalpostError);
  });

  it("HttpError has no body when the server sent no error body", async () => {
    serve(() => new HttpResponse("Bad gateway", { status: 502 }));
    const error = await failure(client({ retry: 0 }).getSession());
    expect(error).toMatchObject({
      name: "HttpError",
      status: 502,
      body: undefined,
      code: "http_502",
    });
  });

  it("times out with TimeoutError", async () => {
    serve(async () => {
      await delay(1_000);
      return HttpResponse.json({});
    });
    const error = await failure(client({ timeout: 50 }).createGoal(goalBody));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: "POST", url: `${api}/v1/goals`, timeoutMs: 50 });
    expect((error as TimeoutError).cause).toBeInstanceOf(Error);
    expect(hits).toBe(1);
  });

  it("fails with NetworkError when the server cannot be reached", async () => {
    serve(() => HttpResponse.error());
    const error = await failure(client().createPulse({ touchpoint: "overall", score: 5 }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: "POST", url: `${api}/v1/pulses` });
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });
});

describe("request retries", () => {
  it("retries a read on 503 up to the limit", async () => {
    serve((n) => (n < 3 ? failing(503)() : HttpResponse.json(emptyPage)));
    await expect(client().listMeasurements("agr-1")).resolves.toEqual(emptyPage);
    expect(hits).toBe(3);
  });

  it("gives up after the configured number of retries", async () => {
    serve(failing(503));
    await expect(client({ retry: 1 }).getSession()).rejects.toMatchObject({
      name: "HttpError",
      status: 503,
    });
    expect(hits).toBe(2);
  });

  it("retries a read after a network error and a timeout", async () => {
    serve(async (n) => {
      if (n === 1) return HttpResponse.error();
      if (n === 2) await delay(1_000);
      return HttpResponse.json(emptyPage);
    });
    await expect(client({ timeout: 100 }).listMeasurements("agr-1")).resolves.toEqual(emptyPage);
    expect(hits).toBe(3);
  });

  it("retries createMeasurement, which is idempotent by id", async () => {
    serve((n) =>
      n === 1
        ? failing(503)()
        : n === 2
          ? HttpResponse.error()
          : HttpResponse.json(measurement, { status: 201 }),
    );
    await expect(client().createMeasurement(measurementBody)).resolves.toEqual(measurement);
    expect(hits).toBe(3);
  });

  it("retries corrections and deletions, which are safe to repeat", async () => {
    serve((n) => (n === 1 ? failing(503)() : HttpResponse.json(measurement)));
    await expect(client().updateMeasurement("m-1", { value: 6 })).resolves.toEqual(measurement);
    serve((n) => (n === 3 ? HttpResponse.error() : HttpResponse.json(measurement)));
    await expect(client().deleteMeasurement("m-1")).resolves.toEqual(measurement);
    expect(hits).toBe(4);
  });

  it("never retries createGoal", async () => {
    serve(failing(503));
    await expect(client().createGoal(goalBody)).rejects.toMatchObject({ status: 503 });
    serve(() => HttpResponse.error());
    await expect(client().createGoal(goalBody)).rejects.toBeInstanceOf(NetworkError);
    expect(hits).toBe(2);
  });

  it("does not retry a client error", async () => {
    serve(() =>
      HttpResponse.json({ error: { code: "not_found", message: "no agreement" } }, { status: 404 }),
    );
    await expect(client().listMeasurements("agr-9")).rejects.toMatchObject({
      status: 404,
      code: "not_found",
    });
    expect(hits).toBe(1);
  });
});
