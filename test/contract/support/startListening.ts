import { type ChildProcess, spawn } from "node:child_process";
import { shortLivedNodeFlags } from "../../support/nodeFlags.ts";

/** A server process started by {@link startListening}. */
export interface ListeningProcess {
  /** Base URL it listens on, e.g. `http://127.0.0.1:43121`. */
  url: string;
  /** The process, e.g. to kill it without warning. */
  process: ChildProcess;
  /** Everything it printed on stdout so far. */
  output(): string;
  /** Everything it printed on stderr so far (a server's warnings and errors). */
  errorOutput(): string;
  /** Sends SIGTERM and waits for the process to exit (SIGKILL after `killAfterMs`); its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs a Node script (a server's bin, with the flags of a short-lived process) and resolves
 * once `findUrl` finds the URL it listens on in what it printed. Fails with its output when it
 * exits early or stays silent for `timeoutMs`.
 */
export async function startListening(options: {
  name: string;
  script: string;
  args: string[];
  env?: Record<string, string | undefined>;
  findUrl(stdout: string): string | undefined;
  timeoutMs: number;
  killAfterMs: number;
}): Promise<ListeningProcess> {
  const child = spawn(process.execPath, [...shortLivedNodeFlags, options.script, ...options.args], {
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.env ? { env: options.env } : {}),
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
      reject(new Error(`${options.name} ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(
      () => fail(`did not say where it listens within ${options.timeoutMs} ms`),
      options.timeoutMs,
    );
    child.once("error", onError).once("exit", onExit);
    let found = false;
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = found ? undefined : options.findUrl(stdout);
      if (url) {
        found = true;
        settle();
        resolve(url);
      }
    });
  });

  const stop = (): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null)
      return Promise.resolve(child.exitCode);
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
      child.once("exit", (code) => {
        clearTimeout(force);
        resolve(code);
      });
      child.kill("SIGTERM");
    });
  };
  return { url, process: child, output: () => stdout, errorOutput: () => stderr, stop };
}
