// Runs the demo against the reference server instead of the in-browser mock:
//   pnpm demo:server            (builds everything first; or, after a build:)
//   pnpm --filter @goalpost/example-demo serve:server [-- --fresh]
// Starts goalpost-server --demo --accounts 200 on a free port (PGlite in the temp folder, kept between runs;
// --fresh starts it over), then serves the built demo pointed at it, with CORS open to the
// demo's origin only. Ctrl+C stops both.
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const server = fileURLToPath(
  new URL("../../../packages/server/bin/goalpost-server.js", import.meta.url),
);
const serve = fileURLToPath(new URL("./serve.ts", import.meta.url));
const dataDir = join(tmpdir(), "goalpost-demo-server");
if (process.argv.includes("--fresh")) rmSync(dataDir, { recursive: true, force: true });

const children: ChildProcess[] = [];
let stopping = false;
/** Stops both; the first reason to stop sets the exit code (a child that died early: 1). */
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children) child.kill("SIGTERM");
};
process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));

/** A port nothing listens on right now, from `first` up. */
async function freePort(first: number): Promise<number> {
  for (let port = first; port < first + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${first}`);
}

/** Runs a child, passing its output through, and resolves the first line matching `ready`. */
function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<string> {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  child.once("exit", (code) => stop(code || 1));
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      process.stdout.write(chunk);
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match[1] ?? match[0]);
    });
    child.once("exit", () =>
      reject(new Error(`${args[args.length - 1]} exited before it was ready`)),
    );
  });
}

const apiPort = await freePort(8787);
const api = `http://127.0.0.1:${apiPort}`;
// The demo site prints its URL once it listens; the server then allows exactly that origin.
const demoUrl = await start(
  ["--import", "tsx", serve, "--api", api],
  process.env,
  /Beacon demo: (http:\/\/localhost:\d+)\//,
);
const origin = new URL(demoUrl).origin;
await start(
  // 200 synthetic accounts with a year of revenue and usage beside the demo's, so that the
  // console's company results have renewals in every group (labelled demo data there).
  [server, "--demo", "--accounts", "200", "--port", String(apiPort)],
  {
    ...process.env,
    GOALPOST_DATA_DIR: dataDir,
    GOALPOST_CORS_ORIGINS: `${origin},${origin.replace("localhost", "127.0.0.1")}`,
  },
  /"msg":"listening"/,
);
console.log(`\n  Beacon demo over the Goalpost server: ${demoUrl}/`);
console.log(`  (API ${api}, data in ${dataDir}; Ctrl+C stops both)\n`);
