import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// import.meta.dirname, not import.meta.url: under a DOM environment the latter is not a file URL.
const root = join(import.meta.dirname, "../..");

/**
 * The newest modification time of a file under `dir`, leaving out node_modules, dist, tests and
 * `testing/` folders (test support that no build includes).
 */
function newestUnder(dir: string): { time: number; file: string } {
  let newest = { time: 0, file: dir };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", "testing"].includes(entry.name)) continue;
    if (/\.test\.tsx?$/.test(entry.name)) continue;
    const path = join(dir, entry.name);
    const found = entry.isDirectory()
      ? newestUnder(path)
      : { time: statSync(path).mtimeMs, file: path };
    if (found.time > newest.time) newest = found;
  }
  return newest;
}

/**
 * Fails a suite that runs built output when that output is missing or older than the sources it
 * is built from: tests never build (that is `pnpm build`'s job, run first by `pnpm check`), and
 * never test a stale build by mistake.
 * @param built the built files, relative to the repository's root
 * @param sources the source folders they are built from, relative to the root
 * @example requireBuilt(["packages/mock-backend/dist/cli.js"], ["packages/mock-backend/src", "packages/core/src"])
 */
export function requireBuilt(built: readonly string[], sources: readonly string[]): void {
  const oldest = Math.min(
    ...built.map((file) => {
      const path = join(root, file);
      if (!existsSync(path)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
      return statSync(path).mtimeMs;
    }),
  );
  for (const dir of sources) {
    const newest = newestUnder(join(root, dir));
    if (newest.time > oldest) {
      throw new Error(
        `${built.join(", ")} is older than ${relative(root, newest.file)}: run \`pnpm build\` first`,
      );
    }
  }
}
