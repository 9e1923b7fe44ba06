/**
 * What evaluating the core costs in Chromium, and how much of it is the contract's zod schemas:
 * two bundles made by esbuild from source — the contract's schemas alone (with the zod they use),
 * and every export of `@goalpost/core` — each appended as an inline script to a blank page in a
 * fresh context and timed around the append. Not a test: it prints figures.
 * Usage: npx tsx bench/core-eval.ts [runs=12]
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";

const runs = Number(process.argv[2] ?? 12);
const core = fileURLToPath(new URL("../packages/core/", import.meta.url));

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: core, loader: "ts" },
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "Bundle",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

const bundles = {
  "the contract's schemas alone": await bundle(
    `export { userEndpoints } from "./src/contract/userEndpoints.ts";
     export { ErrorBody } from "./src/contract/errors.ts";`,
  ),
  "every export of @goalpost/core": await bundle(`export * from "./src/index.ts";`),
};

const browser = await launchChromium();
try {
  for (const [name, source] of Object.entries(bundles)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("about:blank");
      await page.evaluate(`window.__source = ${JSON.stringify(source)};`);
      // A string, not a function: tsx's name helpers do not exist in the page.
      const ms = (await page.evaluate(`(function () {
        var script = document.createElement("script");
        script.textContent = window.__source;
        var t0 = performance.now();
        document.head.appendChild(script);
        return performance.now() - t0;
      })()`)) as number;
      times.push(ms);
      await context.close();
    }
    const sorted = times.sort((a, b) => a - b).map((v) => v.toFixed(1));
    console.log(
      `${name} (${(source.length / 1024).toFixed(0)} kB minified): ${sorted.join(" ")} ms`,
    );
  }
} finally {
  await browser.close();
}
