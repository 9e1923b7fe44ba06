import { signToken } from "@goalpost/backend";
import { demoUsers } from "@goalpost/demo-data";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config/loadConfig.ts";
import type { Database } from "../db/Database.ts";
import { migrate } from "../db/migrate.ts";
import { openDatabase } from "../db/openDatabase.ts";
import { loadDemo } from "../demo/loadDemo.ts";
import { createLogger } from "../ops/createLogger.ts";
import { createCatalogCache } from "../store/catalogCache.ts";
import { testNow } from "../testing/startTestServer.ts";
import { createGoalpostApp } from "./createGoalpostApp.ts";

const ana = demoUsers[0] as (typeof demoUsers)[number];
const config = loadConfig({ GOALPOST_DATA_DIR: "memory://" }, { demo: true });
const log = createLogger("silent");
let db: Database;

beforeAll(async () => {
  db = await openDatabase(config.database);
  await migrate(db);
  await loadDemo(db, createCatalogCache(), testNow);
});
afterAll(() => db?.close());

/** A reply's JSON: a session, or the contract's error body. */
const bodyOf = async (reply: Response) =>
  (await reply.json()) as { user?: { id: string }; error?: { code: string } };

async function asAna(): Promise<RequestInit> {
  const claims = { sub: ana.id, acc: ana.accountId, role: ana.roleId };
  const exp = Math.floor(testNow.getTime() / 1000) + 3600;
  const token = await signToken({ ...claims, exp }, config.signingSecret);
  return { headers: { authorization: `Bearer ${token}` } };
}

describe("createGoalpostApp", () => {
  it("answers the contract through app.request, with no listener", async () => {
    const { app } = createGoalpostApp(db, config, { log, clock: () => testNow });
    const health = await app.request("/health");
    expect(await health.json()).toEqual({ status: "ok", database: "pglite" });
    const session = await app.request("/v1/session", await asAna());
    expect(session.status).toBe(200);
    expect((await bodyOf(session)).user?.id).toBe(ana.id);
  });

  it("serves the contract mounted under a path of another Hono app", async () => {
    const { app } = createGoalpostApp(db, config, { log, clock: () => testNow });
    const host = new Hono();
    host.get("/", (c) => c.text("the host's own page"));
    host.mount("/goalpost", app.fetch);
    const session = await host.request("/goalpost/v1/session", await asAna());
    expect(session.status).toBe(200);
    expect(session.headers.get("x-request-id")).toBeTruthy();
    const refused = await host.request("/goalpost/v1/session");
    expect(refused.status).toBe(401);
    expect((await bodyOf(refused)).error?.code).toBe("unauthorized");
    const unknown = await host.request("/goalpost/v1/nowhere");
    expect(unknown.status).toBe(404);
    expect((await bodyOf(unknown)).error?.code).toBe("not_found");
    expect(await (await host.request("/")).text()).toBe("the host's own page");
  });

  it("drains: health answers 503 once a stop has begun, and the database stays open", async () => {
    const { app, drain } = createGoalpostApp(db, config, { log });
    await drain();
    expect((await app.request("/health")).status).toBe(503);
    expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("refuses a configuration without its secrets, naming them", () => {
    const bare = { ...config, signingSecret: "", adminKey: undefined as unknown as string };
    expect(() => createGoalpostApp(db, bare, { log })).toThrow(ConfigError);
    expect(() => createGoalpostApp(db, bare, { log })).toThrow(/signingSecret.*\n.*adminKey/);
  });

  it("warns in its log when it runs on the public demo secrets", () => {
    const lines: string[] = [];
    createGoalpostApp(db, config, { log: createLogger("warn", (line) => lines.push(line)) });
    expect(lines.map((line) => JSON.parse(line).secret)).toEqual(["signing secret", "admin key"]);
  });
});
