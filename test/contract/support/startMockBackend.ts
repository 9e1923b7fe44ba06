import { fileURLToPath } from "node:url";
import { requireBuilt } from "../../support/requireBuilt.ts";
import { startListening } from "./startListening.ts";

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
  requireBuilt(
    ["packages/mock-backend/dist/cli.js"],
    [
      "packages/mock-backend/src",
      "packages/backend/src",
      "packages/core/src",
      "packages/demo-data/src",
    ],
  );
  const mock = await startListening({
    name: "goalpost-mock",
    script: bin,
    args: ["--port", "0"],
    findUrl: (stdout) => listening.exec(stdout)?.[1],
    timeoutMs,
    killAfterMs: 5_000,
  });
  return { url: mock.url, stop: async () => void (await mock.stop()) };
}
