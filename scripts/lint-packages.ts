/**
 * Lints every published package as npm would receive it (run `pnpm build` first): packs it with
 * pnpm (workspace versions filled in), then runs publint and Are the Types Wrong on the tarball.
 * Then checks that the core's tarball holds the SDK alone: no server rules, demo data or secrets.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = fileURLToPath(new URL("..", import.meta.url));
const attw = join(root, "node_modules/.bin/attw");
// Paths that belong to the backend kit, the demo or tests, never to the SDK's tarball.
const notInCore = [/server/i, /backend/i, /mock/i, /demo/i, /\bseed\b/i, /secret/i, /\.test\./];

const out = mkdtempSync(join(tmpdir(), "goalpost-pack-"));
let failed = false;
try {
  for (const dir of publishedPackages()) {
    const { name, filename } = pack(dir);
    failed = (await lintManifest(name, filename)) || failed;
    failed = checkTypes(name, filename) || failed;
  }
  failed = checkCoreFiles() || failed;
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

function publishedPackages(): string[] {
  const packages = join(root, "packages");
  return readdirSync(packages)
    .map((name) => join(packages, name))
    .filter((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return manifest.private !== true;
    });
}

function pack(dir: string): { name: string; filename: string } {
  const json = execFileSync("pnpm", ["pack", "--json", "--pack-destination", out], {
    cwd: dir,
    encoding: "utf8",
  });
  return JSON.parse(json);
}

/** publint, strict: warnings fail too; suggestions are printed. Returns whether it failed. */
async function lintManifest(name: string, filename: string): Promise<boolean> {
  const tarball = readFileSync(filename);
  const { messages, pkg } = await publint({
    pack: {
      tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.length),
    },
    strict: true,
  });
  const errors = messages.filter((message) => message.type !== "suggestion");
  for (const message of messages) {
    console.log(`  ${message.type} (${message.code}): ${formatMessage(message, pkg)}`);
  }
  console.log(`${errors.length ? "✗" : "✓"} publint ${name}`);
  return errors.length > 0;
}

// ESM-only packages: CommonJS `require` and node10 resolution are not supported, by design.
function checkTypes(name: string, filename: string): boolean {
  const result = spawnSync(attw, [filename, "--profile", "esm-only", "--format", "ascii"], {
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  if (result.status !== 0) console.log(result.stdout, result.stderr);
  console.log(`${result.status === 0 ? "✓" : "✗"} attw --profile esm-only ${name}`);
  return result.status !== 0;
}

/** What `npm pack` would put in @goalpost/core's tarball: the SDK alone. */
function checkCoreFiles(): boolean {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: join(root, "packages/core"),
    encoding: "utf8",
  });
  const [{ files }] = JSON.parse(json) as [{ files: { path: string }[] }];
  const stray = files
    .map((file) => file.path)
    .filter((path) => notInCore.some((p) => p.test(path)));
  for (const path of stray) console.log(`  @goalpost/core's tarball lists ${path}`);
  const verdict = stray.length ? `${stray.length} that are not the SDK's` : "the SDK alone";
  console.log(
    `${stray.length ? "✗" : "✓"} @goalpost/core's tarball: ${files.length} files, ${verdict}`,
  );
  return stray.length > 0;
}
