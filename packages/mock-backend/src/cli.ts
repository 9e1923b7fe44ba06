import { createMockBackend } from "./createMockBackend.ts";
import { parseCliArgs, usage } from "./parseCliArgs.ts";
import { serveHttp } from "./serveHttp.ts";

/**
 * Runs `goalpost-mock`: serves the mock backend on 127.0.0.1, prints one line with its URL once
 * listening, and exits 0 after closing on SIGINT or SIGTERM. Bad flags exit 2, a port in use 1.
 */
export async function main(argv: readonly string[]): Promise<void> {
  let options: ReturnType<typeof parseCliArgs>;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`goalpost-mock: ${(error as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const backend = createMockBackend({ seed: options.seed, syntheticAccounts: options.accounts });
  backend.setScenario({ latencyMs: options.latencyMs, failureRate: options.failureRate });
  let server: Awaited<ReturnType<typeof serveHttp>>;
  try {
    server = await serveHttp(backend, { port: options.port, host: options.host });
  } catch (error) {
    process.stderr.write(
      `goalpost-mock: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`Goalpost mock backend listening on ${server.url}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
