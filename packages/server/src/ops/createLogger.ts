import type { LogLevel } from "../config/ServerConfig.ts";

/** Fields of one log line; never tokens, keys or secrets. */
export type LogFields = Record<string, unknown>;

/** Structured logs: one JSON object per line on stdout (problems on stderr). */
export interface Logger {
  /** Starting, listening, stopping: logged at every level but `silent`, as `info`. */
  lifecycle(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

/**
 * A logger writing JSON lines (`{"time","level","msg",…}`), which log collectors read as they
 * are. Lines below `level` are dropped.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string, level: Exclude<LogLevel, "silent">) => void = defaultWrite,
): Logger {
  const line = (at: Exclude<LogLevel, "silent">, msg: string, fields: LogFields) =>
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }), at);
  const log =
    (at: Exclude<LogLevel, "silent">) =>
    (msg: string, fields: LogFields = {}) => {
      if (rank[at] >= rank[level]) line(at, msg, fields);
    };
  return {
    lifecycle: (msg, fields = {}) => {
      if (level !== "silent") line("info", msg, fields);
    },
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
  };
}

function defaultWrite(line: string, level: Exclude<LogLevel, "silent">): void {
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
}
