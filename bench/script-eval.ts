/**
 * What compiling and running the script-tag build costs by itself: `dist/goalpost.js` appended as
 * an inline script to a page with a 200-row table, in fresh Chromium contexts, timed around the
 * append (the script runs synchronously there). Then the synchronous part of `init` (the mount
 * itself happens in a later task). Not a test: it prints figures. `pnpm build` first.
 * Usage: npx tsx bench/script-eval.ts [runs=12] [file=packages/widget/dist/goalpost.js]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";

const runs = Number(process.argv[2] ?? 12);
const file =
  process.argv[3] ?? fileURLToPath(new URL("../packages/widget/dist/goalpost.js", import.meta.url));
const source = readFileSync(file, "utf8");
// A token of the right shape; the API is unreachable, so nothing is fetched.
const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiYWNjIjoiYSIsInJvbGUiOiJzZHIifQ.x";

const browser = await launchChromium();
const evaluate: number[] = [];
const init: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("about:blank");
    await page.evaluate(`window.__source = ${JSON.stringify(source)};`);
    // A string, not a function: tsx's name helpers do not exist in the page.
    const [run, start] = (await page.evaluate(`(function () {
      document.body.innerHTML = "<table>" + "<tr><td>row</td><td>cell</td></tr>".repeat(200) + "</table>";
      var script = document.createElement("script");
      script.textContent = window.__source;
      var t0 = performance.now();
      document.head.appendChild(script);
      var t1 = performance.now();
      Goalpost("init", { apiBase: "https://goalpost.invalid", token: ${JSON.stringify(token)} });
      return [t1 - t0, performance.now() - t1];
    })()`)) as [number, number];
    evaluate.push(run);
    init.push(start);
    await context.close();
  }
} finally {
  await browser.close();
}
const sorted = (values: number[]) =>
  [...values]
    .sort((a, b) => a - b)
    .map((v) => v.toFixed(1))
    .join(" ");
console.log(`compile + run dist/goalpost.js (ms, ${runs} runs, sorted): ${sorted(evaluate)}`);
console.log(`init, its synchronous part (ms, sorted): ${sorted(init)}`);
