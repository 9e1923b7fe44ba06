import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { requireBuilt } from "../../support/requireBuilt.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const demo = fileURLToPath(new URL("../../../examples/demo/", import.meta.url));

/** What the built demo is made of. */
const demoSources = [
  "examples/demo/src",
  "packages/widget/src",
  "packages/core/src",
  "packages/mock-backend/src",
  "packages/backend/src",
  "packages/demo-data/src",
];

/** A running demo server: its URL (http://localhost:PORT/) and a way to stop it. */
export interface DemoSite {
  url: string;
  close(): Promise<void>;
}

/** A port that was free a moment ago (the demo's server moves to the next one if it is taken). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/**
 * Serves the BUILT demo (examples/demo/dist) with the demo's own server, `scripts/serve.ts`, so
 * the pages get exactly what `pnpm demo` sends: its strict CSP and a nonce per response. With
 * `api`, the pages talk to a Goalpost server there instead of the in-browser mock. Fails
 * clearly when the demo has not been built.
 */
export async function serveDemo(options: { port?: number; api?: string } = {}): Promise<DemoSite> {
  requireBuilt(["examples/demo/dist/index.html"], demoSources);
  const port = options.port ?? (await freePort());
  const api = options.api ? ["--api", options.api] : [];
  const server = spawn(
    process.execPath,
    ["--import", "tsx", `${demo}scripts/serve.ts`, "--port", String(port), ...api],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await announcedUrl(server);
  return {
    url,
    async close() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    },
  };
}

/** Waits for the line in which the server says where it listens ("Beacon demo: http://…/"). */
function announcedUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const exited = (code: number | null) => fail(`exited with ${code}`);
    const fail = (why: string) => {
      clearTimeout(timer);
      server.kill("SIGTERM");
      reject(new Error(`the demo server did not start (${why}):\n${output}`));
    };
    const timer = setTimeout(() => fail("no URL within 20 s"), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Beacon demo: (http:\/\/localhost:\d+\/)/.exec(output);
      if (!found?.[1]) return;
      clearTimeout(timer);
      server.off("exit", exited);
      resolve(found[1]);
    };
    server.stdout?.on("data", read);
    server.stderr?.on("data", read);
    server.once("exit", exited);
  });
}
