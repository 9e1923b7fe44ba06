import { ApiError } from "@goalpost/backend";
import { demoAdminKey, demoCatalog, demoSigningSecret } from "@goalpost/demo-data";
import { getResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import type { BackendContext } from "../BackendContext.ts";
import { defaultScenario } from "../scenario.ts";
import { createEmptyDb } from "../store/MockDb.ts";
import { createRoutes } from "./createRoutes.ts";

const base = "http://mock.test";

function backendFor(): BackendContext {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db: createEmptyDb(demoCatalog),
    scenario: defaultScenario(),
    signingSecret: demoSigningSecret,
    adminKey: demoAdminKey,
    tokenMaxLifetimeSeconds: 3600,
    baseUrl: base,
    clock: () => new Date("2026-03-02T09:00:00Z"),
    save: vi.fn(),
    serialize<T>(task: () => Promise<T>) {
      const run = queue.then(task);
      queue = run.catch(() => undefined);
      return run;
    },
    deliverWebhooks: () => undefined,
    random: () => 0.5,
  };
}

const asAdmin = (path: string) =>
  new Request(`${base}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${demoAdminKey}` },
  });

describe("the mock's routes", () => {
  it("roll a write that fails half-way back, whole, and answer its error", async () => {
    const backend = backendFor();
    const before = structuredClone(backend.db);
    const routes = createRoutes(backend);
    const handler = routes.control("post", "/__half", ({ db }) => {
      db.accounts.push({ id: "half-written", createdAt: "2026-03-02T09:00:00.000Z" });
      db.catalog.roles = [];
      throw new ApiError(409, "changed its mind");
    });
    const response = await getResponse([handler], asAdmin("/__half"));
    expect(response?.status).toBe(409);
    expect(await response?.json()).toMatchObject({ error: { message: "changed its mind" } });
    expect(backend.db).toEqual(before);
    expect(backend.save).not.toHaveBeenCalled();
  });

  it("keep a write that stands, and save it", async () => {
    const backend = backendFor();
    const routes = createRoutes(backend);
    const handler = routes.control("post", "/__whole", ({ db }) => {
      db.accounts.push({ id: "written", createdAt: "2026-03-02T09:00:00.000Z" });
      return { status: 204 };
    });
    const response = await getResponse([handler], asAdmin("/__whole"));
    expect(response?.status).toBe(204);
    expect(backend.db.accounts.map((a) => a.id)).toEqual(["written"]);
    expect(backend.save).toHaveBeenCalledTimes(1);
  });
});
