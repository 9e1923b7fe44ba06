/**
 * What the widget costs a host page at start, the loader against the single file it replaced
 * (issue 14), in Debian's Chromium: the same host page (bench/host.html) without the widget, with
 * the single-file build of before the split, and with the loader, in interleaved rounds (the order
 * turns each round), each load in a fresh context, files served brotli-compressed as a CDN
 * would, the API `goalpost-mock` over real HTTP. Not a test: it prints figures.
 *
 * "At start" is until the host's `load` event and the launcher painted; the loader's app file is
 * held back until then (it would wait for idle anyway), then let through, and "once ready" is
 * when the session has loaded. Per round, the widget's extra script time is the page's CDP
 * ScriptDuration minus that of the page without the widget in the same round; the loader's is
 * divided by the single file's (the per-round ratio), and the median and spread of those ratios
 * are printed; the same for the time in the widget's own files' functions, from a CPU profile
 * (self time, sampled every 50 µs), which the host page's own scripts do not blur. Also: a press on the loader's launcher in the frame it is painted (the app not
 * loaded yet) to the panel painted, and a press once ready, for both builds.
 *
 * Usage: pnpm build, then build the single file of before the split (commit 910bf47):
 *   git worktree add /tmp/goalpost-single 910bf47 && cd /tmp/goalpost-single \
 *     && pnpm install --frozen-lockfile && pnpm --filter @goalpost/widget... build
 *   pnpm bench:loader [rounds=15] --single /tmp/goalpost-single/packages/widget/dist/goalpost.js
 * (GOALPOST_BENCH_TOP=1 prints, per page, the widget's functions that took most of its time.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync } from "node:zlib";
import type { Browser, Route } from "playwright-core";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";
import { startApi, token } from "./benchApi.ts";

const args = process.argv.slice(2);
const singleFlag = args.indexOf("--single");
const singleFile = singleFlag >= 0 ? args[singleFlag + 1] : process.env.GOALPOST_SINGLE_FILE;
const rounds = Number(args.find((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== "--single") ?? 15);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dist = here("../packages/widget/dist");
const appName = readdirSync(dist).find((name) => /^goalpost-app\.[0-9a-f]+\.js$/.test(name));
if (!singleFile || !existsSync(singleFile) || !appName) {
  console.error(
    "needs `pnpm build` and the single file of before the split: see the usage in bench/loader-cost.ts",
  );
  process.exit(2);
}

type Variant = "none" | "single" | "loader";

/** The host page per variant, and the widget's files, brotli-compressed. */
function startSite(apiBase: string) {
  const jwt = token({
    sub: "ana.torres",
    acc: "acme",
    role: "digital-marketer",
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const snippet = (src: string) => `<script>
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  Goalpost('on', 'ready', function () { performance.mark("ready"); });
  Goalpost('init', { apiBase: ${JSON.stringify(apiBase)}, token: ${JSON.stringify(jwt)} });
</script>
<script async src="${src}"></script>`;
  const html = readFileSync(here("host.html"), "utf8");
  const pages: Record<string, string> = {
    "/blank": "<!doctype html><title>blank</title>",
    "/none": html.replace("<!--WIDGET-->", ""),
    "/single": html.replace("<!--WIDGET-->", snippet("/single/goalpost.js")),
    "/loader": html.replace("<!--WIDGET-->", snippet("/loader/goalpost.js")),
  };
  const files: Record<string, Buffer> = {
    "/single/goalpost.js": brotliCompressSync(readFileSync(singleFile as string)),
    "/loader/goalpost.js": brotliCompressSync(readFileSync(join(dist, "goalpost.js"))),
    [`/loader/${appName}`]: brotliCompressSync(readFileSync(join(dist, appName as string))),
  };
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (pages[path])
      return response.writeHead(200, { "content-type": "text/html" }).end(pages[path]);
    const file = files[path];
    if (file)
      return response
        .writeHead(200, { "content-type": "text/javascript", "content-encoding": "br" })
        .end(file);
    if (path === "/host.css" || path === "/host.js") {
      const type = path.endsWith(".css") ? "text/css" : "text/javascript";
      return response
        .writeHead(200, { "content-type": type })
        .end(readFileSync(here(path.slice(1))));
    }
    response.writeHead(404).end();
  });
  return new Promise<{ url: string; close(): void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://localhost:${port}`, close: () => server.close() });
    }),
  );
}

// In the page from the first script on: long tasks, layout shifts, and the first frame with a
// launcher (what of ours had been fetched by then); with __pressEarly, that frame presses it and
// the frame with the open panel is noted.
const observe = `
  window.__b = { longTasks: [], shift: 0 };
  // Awaited by the bench once each (polling would run more often on the slower page).
  window.__launcherSeen = new Promise(function (resolve) { __b.seen = resolve; });
  window.__ready = new Promise(function (resolve) {
    new PerformanceObserver(function (list) {
      if (list.getEntries().some(function (e) { return e.name === "ready"; })) resolve(true);
    }).observe({ type: "mark", buffered: true });
  });
  // The moment a widget script installs its Goalpost function (it marks it loaded first).
  (function () {
    var value;
    Object.defineProperty(window, "Goalpost", {
      configurable: true,
      get: function () { return value; },
      set: function (next) { if (next && next.loaded && __b.ran === undefined) __b.ran = performance.now(); value = next; }
    });
  })();
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { __b.longTasks.push([e.startTime, e.duration]); });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { if (!e.hadRecentInput) __b.shift += e.value; });
  }).observe({ type: "layout-shift", buffered: true });
  (function watch() {
    var host = document.querySelector("[data-goalpost-widget]");
    var root = host && host.shadowRoot;
    var launcher = root && root.querySelector(".gp-launcher");
    if (launcher && __b.launcher === undefined) {
      __b.launcher = performance.now();
      __b.ours = performance.getEntriesByType("resource").filter(function (e) {
        return /goalpost|\\/v1\\//.test(e.name);
      }).map(function (e) { return new URL(e.name).pathname; });
      if (document.querySelector('script[src*="goalpost-app"]')) __b.ours.push("(app asked)");
      __b.seen(true);
      if (window.__pressEarly) { __b.pressed = performance.now(); launcher.click(); }
      else return;
    }
    if (__b.pressed !== undefined && root.querySelector("dialog[open]")) {
      __b.panel = performance.now();
      return;
    }
    // The page alone never gets a launcher: stop at its load.
    if (!window.__none || document.readyState !== "complete") requestAnimationFrame(watch);
  })();
`;

/** A press on the launcher once the frame after now starts, to the frame with the panel open. */
const pressOnceReady = `new Promise(function (resolve) {
  requestAnimationFrame(function () {
    var root = document.querySelector("[data-goalpost-widget]").shadowRoot;
    var at = performance.now();
    root.querySelector(".gp-launcher").click();
    (function watch() {
      if (root.querySelector("dialog[open]")) resolve(performance.now() - at);
      else requestAnimationFrame(watch);
    })();
  });
})`;

interface Sample {
  scriptMs: number;
  /** Time in the widget's own files' functions (CDP CPU profile, self time), at start. */
  oursMs: number;
  taskMs: number;
  /** Long tasks that started before the host's load event. */
  longBeforeLoad: number;
  longestBeforeLoadMs: number;
  layoutShift: number;
  /** Our files and API calls fetched by the first frame with a launcher. */
  ours: string[];
  /** From the widget's script having arrived to the first frame with its launcher. */
  scriptToLauncherMs?: number;
  /** From the widget's script having run (its Goalpost installed) to that frame. */
  ranToLauncherMs?: number;
  bytesAtStart: number;
  readyScriptMs?: number;
  readyTaskMs?: number;
  pressReadyMs?: number;
}

async function measure(browser: Browser, url: string, variant: Variant): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const held: Route[] = [];
  let release = false;
  await context.route(/goalpost-app\./, (route) => (release ? route.continue() : held.push(route)));
  await page.addInitScript(`window.__none = ${variant === "none"}; ${observe}`);
  // A page of the same site first, so that the profiler runs in the renderer the host page uses.
  await page.goto(`${url}/blank`);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await page.goto(`${url}/${variant}`, { waitUntil: "load" });
  if (variant !== "none") await page.evaluate("window.__launcherSeen");
  const metrics = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  };
  const start = await metrics();
  const { profile } = await cdp.send("Profiler.stop");
  const inPage = (await page.evaluate(`(function () {
    var load = performance.getEntriesByType("navigation")[0].loadEventStart;
    var before = __b.longTasks.filter(function (t) { return t[0] < load; });
    var script = performance.getEntriesByType("resource").filter(function (e) { return /\\/goalpost\\.js$/.test(e.name); })[0];
    var bytes = performance.getEntriesByType("resource").filter(function (e) { return /goalpost|\\/v1\\//.test(e.name); })
      .reduce(function (sum, e) { return sum + e.transferSize; }, 0);
    return {
      longBeforeLoad: before.length,
      longestBeforeLoadMs: Math.max.apply(null, [0].concat(before.map(function (t) { return t[1]; }))),
      layoutShift: __b.shift,
      ours: __b.ours || [],
      scriptToLauncherMs: script && __b.launcher !== undefined ? __b.launcher - script.responseEnd : undefined,
      ranToLauncherMs: __b.ran !== undefined && __b.launcher !== undefined ? __b.launcher - __b.ran : undefined,
      bytesAtStart: bytes
    };
  })()`)) as Omit<Sample, "scriptMs" | "taskMs" | "oursMs">;
  const sample: Sample = {
    scriptMs: start("ScriptDuration"),
    oursMs: selfTime(profile, /\/goalpost(-app\.[0-9a-f]+)?\.js$/),
    taskMs: start("TaskDuration"),
    ...inPage,
  };
  if (variant !== "none") {
    release = true;
    for (const route of held.splice(0)) await route.continue();
    await page.evaluate("window.__ready");
    const ready = await metrics();
    sample.readyScriptMs = ready("ScriptDuration");
    sample.readyTaskMs = ready("TaskDuration");
    sample.pressReadyMs = (await page.evaluate(pressOnceReady)) as number;
  }
  await context.close();
  return sample;
}

/**
 * A widget file alone in a blank page with a 200-row table, as script-eval.ts runs it: the page's
 * CDP ScriptDuration over appending it inline, `init` and the half second after (its start; the
 * API unreachable, so no answer comes to render; the loader's app file is not found there).
 */
async function fileAlone(browser: Browser, source: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto("about:blank");
  await page.evaluate(`window.__source = ${JSON.stringify(source)};
    document.body.innerHTML = "<table>" + "<tr><td>row</td><td>cell</td></tr>".repeat(200) + "</table>";`);
  const script = async () =>
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration")
      ?.value ?? 0) * 1000;
  const before = await script();
  await page.evaluate(`(function () {
    var script = document.createElement("script");
    script.textContent = window.__source;
    document.head.appendChild(script);
    Goalpost("init", { apiBase: "https://goalpost.invalid", token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.x" });
  })()`);
  await page.waitForTimeout(500);
  const ms = (await script()) - before;
  await context.close();
  return ms;
}

/** The self time of a CPU profile's functions whose script's URL matches `url`, in ms. */
function selfTime(
  profile: {
    nodes: { id: number; callFrame: { url: string } }[];
    samples?: number[];
    timeDeltas?: number[];
  },
  url: RegExp,
): number {
  const ours = new Set(profile.nodes.filter((n) => url.test(n.callFrame.url)).map((n) => n.id));
  const deltas = profile.timeDeltas ?? [];
  let micros = 0;
  const by = new Map<string, number>();
  // Each sample's time is the delta to the next one.
  (profile.samples ?? []).forEach((node, i) => {
    if (!ours.has(node)) return;
    micros += deltas[i + 1] ?? 0;
    const frame = profile.nodes.find((n) => n.id === node)?.callFrame as {
      functionName?: string;
      columnNumber?: number;
      url: string;
    };
    const key = `${frame.url.split("/").pop()} ${frame.functionName}@${frame.columnNumber}`;
    by.set(key, (by.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  });
  // GOALPOST_BENCH_TOP=1: where it went, by minified function and column, per page.
  if (process.env.GOALPOST_BENCH_TOP)
    console.log(
      [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
        .join("; "),
    );
  return micros / 1000;
}

/** The loader's launcher pressed in the frame it is painted, to the panel painted. */
async function pressEarly(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(`window.__pressEarly = true; window.__none = false; ${observe}`);
  await page.goto(`${url}/loader`);
  await page.waitForFunction("window.__b.panel !== undefined", null, { polling: 50 });
  const ms = (await page.evaluate("__b.panel - __b.pressed")) as number;
  await context.close();
  return ms;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? Number.NaN;
  const high = sorted[Math.ceil(at)] ?? Number.NaN;
  return low + (high - low) * (at - Math.floor(at));
};
const cell = (values: (number | undefined)[], digits = 1) => {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (!known.length) return "—";
  const f = (v: number) => v.toFixed(digits);
  return `${f(quantile(known, 0.5))} (${f(quantile(known, 0.1))}–${f(quantile(known, 0.9))})`;
};

const api = await startApi();
const site = await startSite(api.url);
const browser = await launchChromium();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    api.stop();
    void browser.close().finally(() => process.exit(130));
  });
try {
  // Warm-up: compile caches, the API's first answers.
  for (const variant of ["single", "loader"] as const) await measure(browser, site.url, variant);
  await pressEarly(browser, site.url);
  const samples: Record<Variant, Sample[]> = { none: [], single: [], loader: [] };
  const early: number[] = [];
  const sources = {
    single: readFileSync(singleFile as string, "utf8"),
    loader: readFileSync(join(dist, "goalpost.js"), "utf8"),
  };
  const alone = { single: [] as number[], loader: [] as number[] };
  const orders: Variant[][] = [
    ["none", "single", "loader"],
    ["single", "loader", "none"],
    ["loader", "none", "single"],
  ];
  for (let round = 0; round < rounds; round++) {
    for (const variant of orders[round % orders.length] as Variant[])
      samples[variant].push(await measure(browser, site.url, variant));
    early.push(await pressEarly(browser, site.url));
    for (const variant of round % 2
      ? (["loader", "single"] as const)
      : (["single", "loader"] as const))
      alone[variant].push(await fileAlone(browser, sources[variant]));
  }
  const extra = (
    variant: Variant,
    pick: (s: Sample) => number | undefined,
    base: (s: Sample) => number = (s) => s.scriptMs,
  ) =>
    samples[variant].map((s, i) => {
      const value = pick(s);
      const alone = samples.none[i];
      const none = alone && base(alone);
      return value === undefined || none === undefined ? undefined : value - none;
    });
  const ratio = (
    pick: (s: Sample) => number | undefined,
    base: (s: Sample) => number = (s) => s.scriptMs,
  ) => {
    const single = extra("single", pick, base);
    return extra("loader", pick, base).map((loader, i) => {
      const of = single[i];
      return loader === undefined || of === undefined || of <= 0 ? undefined : loader / of;
    });
  };
  const row = (label: string, pick: (s: Sample) => number | undefined, digits = 1) =>
    console.log(
      `| ${label} | ${(["none", "single", "loader"] as const).map((v) => cell(samples[v].map(pick), digits)).join(" | ")} |`,
    );
  console.log(`\n${rounds} rounds, interleaved; median (p10–p90)\n`);
  console.log("| measure | host page alone | single file (before) | loader |");
  console.log("| --- | --- | --- | --- |");
  row("script evaluation at start (ms, CDP ScriptDuration)", (s) => s.scriptMs);
  row("in the widget's own files at start (ms, CPU profile)", (s) => s.oursMs, 2);
  row("main-thread task time at start (ms, CDP TaskDuration)", (s) => s.taskMs);
  row("long tasks (> 50 ms) before the host's load", (s) => s.longBeforeLoad, 0);
  row("longest task before the host's load (ms)", (s) => s.longestBeforeLoadMs);
  row("layout shift (CLS)", (s) => s.layoutShift, 3);
  row("bytes of ours at start (kB, transfer)", (s) => s.bytesAtStart / 1024);
  row("script arrived → launcher painted (ms)", (s) => s.scriptToLauncherMs);
  row("script ran → launcher painted (ms)", (s) => s.ranToLauncherMs);
  row("script evaluation once ready (ms)", (s) => s.readyScriptMs);
  row("main-thread task time once ready (ms)", (s) => s.readyTaskMs);
  row("press once ready → panel painted (ms)", (s) => s.pressReadyMs);
  console.log(`| press before the app has loaded → panel painted (ms) | — | — | ${cell(early)} |`);
  console.log("\nThe widget's extra script time (its page minus the page alone, per round):");
  console.log(
    `- at start: single file ${cell(extra("single", (s) => s.scriptMs))} ms, loader ${cell(extra("loader", (s) => s.scriptMs))} ms`,
  );
  console.log(
    `- once ready: single file ${cell(extra("single", (s) => s.readyScriptMs))} ms, loader ${cell(extra("loader", (s) => s.readyScriptMs))} ms`,
  );
  const task = (s: Sample) => s.taskMs;
  console.log(
    `The widget's extra task time (the same way): at start single file ${cell(extra("single", task, task))} ms, loader ${cell(extra("loader", task, task))} ms; once ready single file ${cell(extra("single", (s) => s.readyTaskMs, task))} ms, loader ${cell(extra("loader", (s) => s.readyTaskMs, task))} ms; loader ÷ single file once ready ${cell(
      ratio((s) => s.readyTaskMs, task),
      3,
    )}`,
  );
  console.log(
    `Loader ÷ single file, per round: at start ${cell(
      ratio((s) => s.scriptMs),
      3,
    )}, once ready ${cell(
      ratio((s) => s.readyScriptMs),
      3,
    )}`,
  );
  const oursRatio = samples.loader.map(
    (s, i) => s.oursMs / (samples.single[i]?.oursMs ?? Number.NaN),
  );
  console.log(
    `In the widget's own files at start, loader ÷ single file, per round: ${cell(oursRatio, 3)}`,
  );
  console.log(
    `The file alone, its script time over its start (ms): single file ${cell(alone.single)}, loader ${cell(alone.loader)}; loader ÷ single file, per round: ${cell(
      alone.loader.map((ms, i) => ms / (alone.single[i] ?? Number.NaN)),
      3,
    )}`,
  );
  const fetched = (variant: Variant) =>
    [
      ...new Set(
        samples[variant].map(
          (s) =>
            s.ours.map((p) => p.replace(/\.[0-9a-f]+\.js$/, ".<hash>.js")).join(", ") || "nothing",
        ),
      ),
    ].join(" / ");
  console.log(
    `Fetched by the first frame with a launcher: single file: ${fetched("single")}; loader: ${fetched("loader")}`,
  );
} finally {
  await browser.close();
  site.close();
  api.stop();
}
