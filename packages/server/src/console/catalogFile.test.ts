import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoCatalog } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../../../../test/support/requireBuilt.ts";
import { startTestServer, type TestServer } from "../testing/startTestServer.ts";
import { checkCatalogFile, jsonPath } from "./catalogFile.ts";

const bin = fileURLToPath(new URL("../../bin/goalpost-server.js", import.meta.url));
let dir = "";
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "goalpost-catalog-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("checkCatalogFile", () => {
  it("takes the demo catalog", async () => {
    expect(await checkCatalogFile(file("demo.json", demoCatalog))).toEqual({
      ok: true,
      catalog: demoCatalog,
    });
  });

  it("names each problem by its JSON path: schema, unknown fields, broken references", async () => {
    const [first, second, ...others] = demoCatalog.metrics;
    const broken = {
      ...demoCatalog,
      colour: "red",
      metrics: [first, { ...second, direction: "sideways" }, ...others],
    };
    const schema = await checkCatalogFile(file("schema.json", broken));
    expect(schema.ok).toBe(false);
    if (!schema.ok) {
      expect(schema.problems.map((p) => p.path).sort()).toEqual([
        "$.colour",
        "$.metrics[1].direction",
      ]);
      expect(schema.problems.find((p) => p.path === "$.colour")?.message).toBe(
        'unknown field "colour"',
      );
    }
    const references = await checkCatalogFile(
      file("refs.json", { ...demoCatalog, metrics: [{ ...first, roleIds: ["nobody"] }] }),
    );
    expect(references.ok).toBe(false);
    if (!references.ok) {
      expect(references.problems).toContainEqual({
        path: "$.metrics[0].roleIds[0]",
        message: 'no role "nobody"',
      });
    }
    expect(await checkCatalogFile(file("bad.json", "{ roles: "))).toMatchObject({
      ok: false,
      problems: [{ path: "$", message: expect.stringMatching(/^not JSON/) }],
    });
  });

  it("writes paths as JSONPath", () => {
    expect(jsonPath(["metrics", 2, "scale", "points", 0])).toBe("$.metrics[2].scale.points[0]");
    expect(jsonPath(["a b"])).toBe('$["a b"]');
  });
});

describe("goalpost-server catalog (built)", () => {
  let server: TestServer;
  beforeAll(async () => {
    requireBuilt(["packages/server/dist/cli.js"], ["packages/server/src", "packages/backend/src"]);
    server = await startTestServer({ database: "pglite" });
  });
  afterAll(() => server?.close());

  function run(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, [bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      out += String(chunk);
    });
    return new Promise<{ code: number | null; out: string }>((resolve) =>
      child.once("exit", (code) => resolve({ code, out })),
    );
  }

  it("check: exit 0 for a valid file, 1 with each problem by path", async () => {
    const ok = await run(["catalog", "check", file("ok.json", demoCatalog)]);
    expect(ok).toMatchObject({
      code: 0,
      out: expect.stringMatching(/is a valid catalog: 3 roles/),
    });
    const [first] = demoCatalog.metrics;
    const bad = await run([
      "catalog",
      "check",
      file("no.json", { ...demoCatalog, metrics: [{ ...first, roleIds: ["nobody"] }] }),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/\$\.metrics\[0\]\.roleIds\[0\]: no role "nobody"/);
  });

  it("push: replaces the catalog through the admin API, and refuses a bad file unsent", async () => {
    const renamed = {
      ...demoCatalog,
      roles: demoCatalog.roles.map((r) => ({ ...r, name: `${r.name}!` })),
    };
    const pushed = await run([
      "catalog",
      "push",
      file("push.json", renamed),
      "--url",
      server.url,
      "--demo",
    ]);
    expect(pushed.code, pushed.out).toBe(0);
    const stored = await server.call("GET", "/v1/admin/catalog", { admin: true });
    expect(stored.body.roles.map((r: { name: string }) => r.name)).toEqual(
      renamed.roles.map((r) => r.name),
    );
    const refused = await run([
      "catalog",
      "push",
      file("x.json", "[]"),
      "--url",
      server.url,
      "--demo",
    ]);
    expect(refused.code).toBe(1);
    const again = await server.call("GET", "/v1/admin/catalog", { admin: true });
    expect(again.body.roles[0].name).toBe(renamed.roles[0]?.name);
    const keyless = await run(["catalog", "push", file("push.json", renamed), "--url", server.url]);
    expect(keyless.code).toBe(2);
  });
});
