import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A running `goalpost-mock` process. */
export interface MockBackend {
  /** Base URL it listens on, e.g. `http://127.0.0.1:43121`. */
  url: string;
  /** Sends SIGTERM and waits for the process to exit (SIGKILL after 5 s). */
  stop(): Promise<void>;
}

const packageDir = fileURLToPath(new URL("../../../packages/mock-backend/", import.meta.url));
const bin = `${packageDir}bin/goalpost-mock.js`;
const listening = /^Goalpost mock backend listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m;

/**
 * Starts the mock backend's bin on a free port and resolves once it prints its URL.
 * Fails with the process's stderr when it exits early or stays silent for `timeoutMs`.
 */
export async function startMockBackend(timeoutMs = 10_000): Promise<MockBackend> {
  if (!existsSync(bin) || !existsSync(`${packageDir}dist`)) {
    throw new Error(
      `The mock backend is not built (${packageDir}dist is missing): run pnpm build first ` +
        "(or pnpm --filter @goalpost/mock-backend build), or set GOALPOST_CONTRACT_URL.",
    );
  }
  const child = spawn(process.execPath, [bin, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });

  const url = await new Promise<string>((resolve, reject) => {
    const onError = (error: Error) => fail(`could not start: ${error.message}`);
    const onExit = (code: number | null, signal: string | null) =>
      fail(`exited early (code ${code}, signal ${signal})`);
    const settle = () => {
      clearTimeout(timer);
      child.off("error", onError).off("exit", onExit);
    };
    const fail = (why: string) => {
      settle();
      child.kill("SIGKILL");
      reject(new Error(`goalpost-mock ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`did not print its URL within ${timeoutMs} ms`), timeoutMs);
    child.once("error", onError).once("exit", onExit);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const match = listening.exec(stdout);
      if (match?.[1]) {
        settle();
        resolve(match[1]);
      }
    });
  });

  return { url, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
