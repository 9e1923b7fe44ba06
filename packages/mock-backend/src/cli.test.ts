import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { signDemoToken } from "@goalpost/demo-data";
import { beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../../../test/support/requireBuilt.ts";
import { parseCliArgs } from "./parseCliArgs.ts";

/** What the bin is built from. */
const builtFrom = ["packages/mock-backend/src", "packages/backend/src", "packages/core/src"];
const bin = fileURLToPath(new URL("../bin/goalpost-mock.js", import.meta.url));

describe("parseCliArgs", () => {
  it("reads the flags, with defaults", () => {
    expect(parseCliArgs([])).toEqual({
      port: 4010,
      host: "127.0.0.1",
      latencyMs: 0,
      failureRate: 0,
      seed: true,
      accounts: 0,
      help: false,
    });
    expect(parseCliArgs(["--accounts", "300"]).accounts).toBe(300);
    expect(() => parseCliArgs(["--accounts", "1.5"])).toThrow(/--accounts must be a whole number/);
    expect(() => parseCliArgs(["--accounts", "20001"])).toThrow(/--accounts/);
    expect(
      parseCliArgs(["--port", "0", "--latency", "250", "--failure-rate", "0.2", "--no-seed"]),
    ).toMatchObject({
      port: 0,
      latencyMs: 250,
      failureRate: 0.2,
      seed: false,
    });
  });

  it("refuses bad flags with a clear message", () => {
    expect(() => parseCliArgs(["--port", "abc"])).toThrow(/--port must be a whole number/);
    expect(() => parseCliArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseCliArgs(["--failure-rate", "2"])).toThrow(/--failure-rate/);
    expect(() => parseCliArgs(["--latency", "-1"])).toThrow(/--latency/);
    expect(() => parseCliArgs(["--colour"])).toThrow(/colour/);
    expect(() => parseCliArgs(["extra"])).toThrow();
  });
});

describe("the goalpost-mock bin (built)", () => {
  beforeAll(() => {
    requireBuilt(["packages/mock-backend/dist/cli.js"], builtFrom);
  });

  it("starts, prints its URL, answers, and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, [bin, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const line = await firstLine(child);
      const match = /^Goalpost mock backend listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      expect(match, line).not.toBeNull();
      const token = await signDemoToken({
        sub: "ana.torres",
        acc: "acme",
        role: "digital-marketer",
      });
      const response = await fetch(`${match?.[1]}/v1/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exitCode(child)).toBe(0);
  });

  it("exits 2 with a message on a bad flag", async () => {
    const child = spawn(process.execPath, [bin, "--port", "nope"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toMatch(/--port must be a whole number/);
  });
});

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
      const end = output.indexOf("\n");
      if (end !== -1) resolve(output.slice(0, end));
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before printing its URL`)));
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}
