import { parseArgs } from "node:util";

/** What `goalpost-mock` was asked to do. */
export interface CliOptions {
  port: number;
  host: string;
  latencyMs: number;
  failureRate: number;
  seed: boolean;
  /** Synthetic accounts seeded besides the demo's. */
  accounts: number;
  help: boolean;
}

/** Usage text of `goalpost-mock`. */
export const usage = `Usage: goalpost-mock [--port <n>] [--host <address>] [--latency <ms>] [--failure-rate <0-1>] [--no-seed] [--accounts <n>]

Serves the Goalpost HTTP contract (v1) from an in-memory mock backend.
  --port <n>            port to listen on, 0 for any free port (default 4010)
  --host <address>      interface to listen on (default 127.0.0.1)
  --latency <ms>        delay every response by this many milliseconds (default 0)
  --failure-rate <r>    answer this share of requests (0 to 1) with a 503 (default 0)
  --no-seed             start with the demo catalog only: no accounts, no history
  --accounts <n>        also seed n synthetic accounts with history, to see the console at
                        scale (default 0, at most 20000)
  --help                show this text`;

/** Parses `goalpost-mock`'s arguments; throws an Error with a clear message on a bad flag. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      latency: { type: "string" },
      "failure-rate": { type: "string" },
      "no-seed": { type: "boolean" },
      accounts: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  return {
    port: number("--port", values.port ?? "4010", 0, 65_535, true),
    host: values.host ?? "127.0.0.1",
    latencyMs: number("--latency", values.latency ?? "0", 0, 60_000, true),
    failureRate: number("--failure-rate", values["failure-rate"] ?? "0", 0, 1, false),
    seed: !values["no-seed"],
    accounts: number("--accounts", values.accounts ?? "0", 0, 20_000, true),
    help: values.help ?? false,
  };
}

function number(flag: string, text: string, min: number, max: number, integer: boolean): number {
  const value = Number(text);
  const ok = text.trim() !== "" && Number.isFinite(value) && (!integer || Number.isInteger(value));
  if (!ok || value < min || value > max) {
    const kind = integer ? "a whole number" : "a number";
    throw new Error(`${flag} must be ${kind} from ${min} to ${max}, got "${text}"`);
  }
  return value;
}
