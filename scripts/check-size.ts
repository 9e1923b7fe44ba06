/**
 * Size budgets on the BUILT output (run `pnpm build` first): each entry is bundled with
 * everything it imports, minified, and compressed as a CDN would serve it.
 * A legitimate increase means re-measuring and raising the number in the same commit.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Budget {
  name: string;
  /** A built file, relative to the repository root. */
  entry: string;
  /** Ceiling in bytes, brotli at quality 11. */
  brotli: number;
  /** Already one self-contained, minified script (the script-tag build): measured as served. */
  asIs?: true;
}

const budgets: Budget[] = [
  {
    // Issue 2 asked for 16 kB; measured 24.84 kB with the features it asks for, 28.59 kB with
    // issue 13 (figures and the launcher's action items; corrections: four endpoints and their schemas, the rules, the outbox's amending;
    // the clock signal, the browser preset, checkPlausible); 28.75 kB with the goal-start and
    // loggable rules shared with the backends and late answers dropped. See docs/size.md.
    name: "@goalpost/core, every export + ky, zod/mini, signals-core",
    entry: "packages/core/dist/index.js",
    brotli: 28.9 * 1024,
  },
  {
    // Issue 14: the script tag is a loader (the queue, the host, the launcher in plain DOM with its
    // own stylesheet) that fetches the app file when it is wanted. What every host page pays at
    // start: at most 5 kB (aim 3). See docs/size.md.
    name: "@goalpost/widget script tag, the loader, dist/goalpost.js (what a page pays at start)",
    entry: "packages/widget/dist/goalpost.js",
    brotli: 5 * 1024,
    asIs: true,
  },
  {
    // The app file: the core with its libraries, preact + @preact/signals, the panel. Issue 4
    // asked for 28 kB for the whole script-tag build; it was 57.75 kB as one file before the
    // split (issue 13's corrections and the three-step first run); 57.54 kB as the app file,
    // 57.70 kB with the panel's texts, formats and CSS behind loadPanel (the npm start −3.7 kB).
    // See docs/size.md.
    name: "@goalpost/widget script tag, the app, dist/goalpost-app.<hash>.js (fetched when wanted)",
    entry: "packages/widget/dist/goalpost-app.*.js",
    brotli: 57.9 * 1024,
    asIs: true,
  },
  {
    // The npm entry with preact, signals and the core bundled in (by esbuild, hence a little more
    // than the script): the most it adds to a host's bundle; measured 48.82 kB (issue 13).
    name: "@goalpost/widget npm entry, every export + preact, signals, core",
    entry: "packages/widget/dist/index.js",
    // 54.76 kB with issue 13; 57.28 kB with the correction UI, 56.61 kB with the first run in
    // three steps; 59.33 kB with both; 60.46 kB once createWidget imports the panel with import()
    // (issue 14), 60.50 kB with its texts behind it too: bundled in one file, esbuild wraps each
    // lazily imported module (+1.1 kB). Split as a host's bundler does, the start is the figure
    // printed below it.
    brotli: 60.7 * 1024,
  },
  {
    // The vendor's console (issue 15) as an npm entry with preact, signals and the parts of the
    // core it uses (the value formats; the contract as types only): what <goalpost-console> adds
    // to an internal tool's bundle. Not loaded by any end user's page. Measured 23.43 kB; 24.36 kB
    // with the account report, its share links and the pulse comments; 25.69 kB with company
    // results (issue 16: the figures and the renewals' interval plot); 27.06 kB with webhooks
    // (issue 17: the endpoints, an endpoint's pending and failed deliveries).
    name: "@goalpost/console npm entry, every export + preact, signals, core",
    entry: "packages/console/dist/index.js",
    brotli: 27.1 * 1024,
  },
];

/**
 * Everything the script tag can ever fetch, each file compressed as served, added up. Issue 14
 * asked for 44 kB (below the single file's 45.8 kB of then); not met, see docs/size.md.
 */
const scriptTagTotal = { budget: 61.4 * 1024, files: [budgets[1], budgets[2]] };

const root = fileURLToPath(new URL("..", import.meta.url));
let failed = false;
const measured = new Map<Budget, number>();
for (const budget of budgets) {
  const entry = resolveEntry(`${root}${budget.entry}`);
  if (!existsSync(entry)) {
    console.error(`✗ ${budget.name}: ${budget.entry} is missing; run \`pnpm build\` first`);
    failed = true;
    continue;
  }
  const code = budget.asIs ? readFileSync(entry) : await bundle(entry);
  const brotli = brotliSize(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = brotli <= budget.brotli;
  failed ||= !ok;
  measured.set(budget, brotli);
  console.log(
    `${ok ? "✓" : "✗"} ${budget.name}: ${kb(brotli)} brotli (budget ${kb(budget.brotli)}), ` +
      `${kb(gzip)} gzip, ${kb(code.length)} minified`,
  );
}
{
  const sizes = scriptTagTotal.files.map((budget) => budget && measured.get(budget));
  const total = sizes.reduce<number>((sum, size) => sum + (size ?? Number.NaN), 0);
  const ok = total <= scriptTagTotal.budget;
  failed ||= !ok;
  console.log(
    `${ok ? "✓" : "✗"} @goalpost/widget script tag, loader + app (all it can ever fetch): ` +
      `${kb(total)} brotli (budget ${kb(scriptTagTotal.budget)})`,
  );
}
// What a host's bundler puts before the panel is wanted: createWidget's chunk, the panel apart.
{
  const { entry, panel } = await splitBundle(`${root}packages/widget/dist/index.js`);
  console.log(
    `  @goalpost/widget npm entry, split as a host's bundler would: ${kb(brotliSize(entry))} brotli ` +
      `at start (createWidget, the core, signals), ${kb(brotliSize(panel))} in the panel's chunks`,
  );
}
// The browser preset is for hosts that ask for it: a bundle of the store alone must not carry it.
{
  const core = `${root}packages/core/dist/index.js`;
  const storeOnly = await bundle(core, 'export { createGoalpost } from "./index.js";');
  const carried = new TextDecoder().decode(storeOnly).includes("goalpost:storage-probe");
  failed ||= carried;
  console.log(
    `${carried ? "✗" : "✓"} @goalpost/core, createGoalpost alone: ${kb(brotliSize(storeOnly))} brotli, ` +
      `${carried ? "carries" : "without"} the browser preset (browserPlatform)`,
  );
}
process.exit(failed ? 1 : 0);

/** A path whose file name may hold one `*` (a content hash): the one file that matches. */
function resolveEntry(path: string): string {
  if (!path.includes("*")) return path;
  const folder = dirname(path);
  const pattern = new RegExp(`^${basename(path).replace(/\./g, "\\.").replace("*", "[^/]+")}$`);
  const found = existsSync(folder) ? readdirSync(folder).filter((name) => pattern.test(name)) : [];
  if (found.length > 1) throw new Error(`more than one ${path}: ${found.join(", ")}`);
  return found[0] ? join(folder, found[0]) : path;
}

/** `entry` bundled with code splitting: its own chunk, and what its dynamic imports load. */
async function splitBundle(entry: string): Promise<{ entry: Uint8Array; panel: Uint8Array }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: "/virtual",
    write: false,
    logLevel: "silent",
  });
  const [first, ...rest] = result.outputFiles;
  const join = (files: typeof rest) =>
    new Uint8Array(Buffer.concat(files.map((file) => Buffer.from(file.contents))));
  // Chunks the entry imports statically are part of it at start; the others wait for import().
  const entryText = first?.text ?? "";
  const statics = rest.filter((file) =>
    new RegExp(`from"\\./${basename(file.path)}"`).test(entryText),
  );
  return {
    entry: join([...(first ? [first] : []), ...statics]),
    panel: join(rest.filter((file) => !statics.includes(file))),
  };
}

function brotliSize(code: Uint8Array): number {
  return brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** `entry` bundled with all it imports; with `contents`, that module (beside `entry`) instead. */
async function bundle(entry: string, contents?: string): Promise<Uint8Array> {
  const result = await build({
    ...(contents
      ? { stdin: { contents, resolveDir: dirname(entry), sourcefile: "entry.js" } }
      : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} kB`;
}
