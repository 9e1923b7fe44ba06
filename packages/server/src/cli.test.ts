import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { verifyConsoleToken } from "@goalpost/backend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortLivedNodeFlags } from "../../../test/support/nodeFlags.ts";
import { requireBuilt } from "../../../test/support/requireBuilt.ts";
import { parseCliArgs } from "./parseCliArgs.ts";

const bin = fileURLToPath(new URL("../bin/goalpost-server.js", import.meta.url));

describe("parseCliArgs", () => {
  it("reads the commands and their flags", () => {
    expect(parseCliArgs([])).toEqual({ command: "serve", demo: false });
    expect(parseCliArgs(["--demo", "--port", "0", "--host", "0.0.0.0"])).toEqual({
      command: "serve",
      demo: true,
      port: 0,
      host: "0.0.0.0",
    });
    expect(parseCliArgs(["migrate"])).toEqual({ command: "migrate" });
    expect(parseCliArgs(["seed", "--no-history"])).toEqual({
      command: "seed",
      history: false,
      accounts: 0,
    });
    expect(parseCliArgs(["seed", "--accounts", "300"])).toMatchObject({ accounts: 300 });
    expect(parseCliArgs(["--help"])).toEqual({ command: "help" });
    expect(parseCliArgs(["--demo", "--accounts", "200"])).toEqual({
      command: "serve",
      demo: true,
      accounts: 200,
    });
    expect(parseCliArgs(["seed", "--accounts", "0"])).toEqual({
      command: "seed",
      history: true,
      accounts: 0,
    });
    expect(parseCliArgs(["console-link", "--name", "Dana Whit", "--hours", "2"])).toEqual({
      command: "console-link",
      name: "Dana Whit",
      hours: 2,
      demo: false,
    });
  });

  it("refuses what it does not know, with a clear message", () => {
    expect(() => parseCliArgs(["--port", "http"])).toThrow(/--port must be a whole number/);
    expect(() => parseCliArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseCliArgs(["serve", "--no-history"])).toThrow(/--no-history does not apply/);
    expect(() => parseCliArgs(["migrate", "--demo"])).toThrow(/--demo does not apply/);
    expect(() => parseCliArgs(["backup"])).toThrow(/unknown command "backup"/);
    expect(() => parseCliArgs(["--colour"])).toThrow(/colour/);
    expect(() => parseCliArgs(["--accounts", "5"])).toThrow(
      /--accounts seeds the demo: it needs --demo/,
    );
    expect(() => parseCliArgs(["--demo", "--accounts", "many"])).toThrow(
      /--accounts must be a whole number from 0 to 20000, got "many"/,
    );
    expect(() => parseCliArgs(["seed", "--accounts", "30000"])).toThrow(/0 to 20000/);
    expect(() => parseCliArgs(["seed", "--no-history", "--accounts", "3"])).toThrow(
      /does not go with --no-history/,
    );
    expect(() => parseCliArgs(["console-link", "--hours", "24"])).toThrow(/at most 12/);
    expect(() => parseCliArgs(["console-link", "--name", " "])).toThrow(/--name/);
    expect(() => parseCliArgs(["console-link", "--port", "1"])).toThrow(/--port does not apply/);
  });
});

describe("the goalpost-server bin (built)", () => {
  let dir = "";
  beforeAll(() => {
    requireBuilt(
      ["packages/server/dist/cli.js"],
      [
        "packages/server/src",
        "packages/backend/src",
        "packages/core/src",
        "packages/demo-data/src",
      ],
    );
    dir = mkdtempSync(join(tmpdir(), "goalpost-cli-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the bin to its end with only the given environment (plus PATH). */
  function run(args: string[], env: Record<string, string> = {}) {
    const child = spawn(process.execPath, [...shortLivedNodeFlags, bin, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once("exit", (code) => resolve({ code, stdout, stderr })),
    );
  }

  it("refuses to serve without secrets (exit 2), naming what to set", async () => {
    const { code, stderr } = await run([], { GOALPOST_DATA_DIR: join(dir, "never") });
    expect(code).toBe(2);
    expect(stderr).toMatch(/GOALPOST_SIGNING_SECRET is required/);
    expect(stderr).toMatch(/GOALPOST_ADMIN_KEY is required/);
    expect(existsSync(join(dir, "never"))).toBe(false);
  });

  it("exits 2 on a bad flag, with the usage", async () => {
    const { code, stderr } = await run(["--port", "nope"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a whole number/);
    expect(stderr).toMatch(/Usage:/);
  });

  it("migrates and seeds an embedded database, and refuses to seed it twice", async () => {
    const env = { GOALPOST_DATA_DIR: join(dir, "data") };
    const migrated = await run(["migrate"], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(JSON.parse(migrated.stdout.trim().split("\n")[0] ?? "")).toMatchObject({
      msg: "migrated",
      applied: [1, 2, 3, 4, 5],
      database: "pglite",
    });
    const seeded = await run(["seed"], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/"demo data loaded"/);
    const again = await run(["seed"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a catalog/);
  }, 60_000);

  it("prints a console link whose fragment carries a token signed with the admin key", async () => {
    const adminKey = "k".repeat(32);
    const { code, stdout, stderr } = await run(
      ["console-link", "--name", "Dana Whit", "--hours", "2", "--url", "https://gp.example.com/"],
      { GOALPOST_ADMIN_KEY: adminKey },
    );
    expect(code, stderr).toBe(0);
    const url = new URL(stdout.trim());
    expect(`${url.origin}${url.pathname}${url.search}`).toBe("https://gp.example.com/console/");
    const token = url.hash.replace(/^#token=/, "");
    const verified = await verifyConsoleToken(token, adminKey, new Date());
    expect(verified).toMatchObject({ ok: true, claims: { name: "Dana Whit", scope: "console" } });
    if (verified.ok) expect(verified.claims.exp - Date.now() / 1000).toBeLessThanOrEqual(7200);
    const refused = await run(["console-link"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/GOALPOST_ADMIN_KEY/);
  });

  it("exits 1 when it cannot reach PostgreSQL", async () => {
    const { code, stderr } = await run([], {
      GOALPOST_SIGNING_SECRET: "s".repeat(32),
      GOALPOST_ADMIN_KEY: "k".repeat(32),
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot start: .*ECONNREFUSED/);
  });
});
