/**
 * What the widget costs a host page, measured in Debian's Chromium: the same host page with and
 * without the widget's script-tag snippet, the API served by `goalpost-mock` over real HTTP.
 * Not a test: it prints figures. Run `pnpm build` first, then `pnpm bench:widget [runs] [cpu×]`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync } from "node:zlib";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";
import { startApi, token } from "./benchApi.ts";

const runs = Number(process.argv[2] ?? 15);
const cpuSlowdown = Number(process.argv[3] ?? 1);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const widgetFile = here("../packages/widget/dist/goalpost.js");

/** The host page, with or without the snippet; the widget's script served brotli-compressed. */
function startSite(apiBase: string) {
  const jwt = token({
    sub: "ana.torres",
    acc: "acme",
    role: "digital-marketer",
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const snippet = `<script>
  performance.mark("snippet");
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  Goalpost('on', 'ready', function () { performance.mark("ready"); });
  Goalpost('init', { apiBase: ${JSON.stringify(apiBase)}, token: ${JSON.stringify(jwt)} });
  (function watch() {
    var host = document.querySelector("[data-goalpost-widget]");
    if (host && host.shadowRoot && host.shadowRoot.querySelector(".gp-launcher")) {
      requestAnimationFrame(function () { performance.mark("launcher"); });
    } else requestAnimationFrame(watch);
  })();
</script>
<script async src="/goalpost.js"></script>`;
  const html = readFileSync(here("host.html"), "utf8");
  const pages: Record<string, string> = {
    "/without": html.replace("<!--WIDGET-->", ""),
    "/with": html.replace("<!--WIDGET-->", snippet),
  };
  const widget = brotliCompressSync(readFileSync(widgetFile));
  // The app file the loader fetches from its own folder (the site's root here).
  const appName = readdirSync(dirname(widgetFile)).find((name) =>
    /^goalpost-app\.[0-9a-f]+\.js$/.test(name),
  );
  const app = appName && brotliCompressSync(readFileSync(join(dirname(widgetFile), appName)));
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (pages[path])
      return response.writeHead(200, { "content-type": "text/html" }).end(pages[path]);
    if (app && path === `/${appName}`) {
      return response
        .writeHead(200, { "content-type": "text/javascript", "content-encoding": "br" })
        .end(app);
    }
    if (path === "/goalpost.js") {
      return response
        .writeHead(200, { "content-type": "text/javascript", "content-encoding": "br" })
        .end(widget);
    }
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

interface Sample {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
  longestTaskMs: number;
  layoutShift: number;
  requests: number;
  bytes: number;
  scriptToLauncherMs?: number;
  scriptToReadyMs?: number;
  /** Each long task (> 50 ms): its length and when it started, in the widget's start. */
  longTaskPhases: { ms: number; phase: Phase }[];
  /** For each long task, the scripts the browser attributes to it (Long Animation Frames API). */
  longTaskScripts: string[][];
}

/** When a long task started, against the script's arrival, the launcher's paint and `ready`. */
type Phase = "before the script" | "script → launcher" | "launcher → ready" | "after ready";

async function measure(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  withWidget: boolean,
): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  if (cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  let requests = 0;
  let bytes = 0;
  const sized: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    requests += 1;
    sized.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  // Strings, not functions: tsx's name helpers do not exist in the page.
  await page.addInitScript(`
    window.longTasks = []; window.loafs = []; window.shift = 0;
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        window.loafs.push({ start: e.startTime, end: e.startTime + e.duration, scripts: e.scripts.map(function (s) {
          var file = (s.sourceURL || "").replace(/^.*\\//, "") || "inline";
          var where = s.sourceFunctionName ? " " + s.sourceFunctionName + "@" + s.sourceCharPosition : "";
          return s.invokerType + " " + (s.invoker || "").slice(0, 40) + " (" + file + where + ") " + s.duration.toFixed(0) + " ms";
        }) });
      });
    }).observe({ type: "long-animation-frame", buffered: true });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { window.longTasks.push([e.duration, e.startTime]); });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.shift += e.value; });
    }).observe({ type: "layout-shift", buffered: true });
  `);
  await page.goto(`${url}/${withWidget ? "with" : "without"}`, { waitUntil: "load" });
  if (withWidget) {
    await page.waitForFunction(
      'performance.getEntriesByName("ready").length > 0 && performance.getEntriesByName("launcher").length > 0',
    );
  }
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(200); // let the observers deliver
  await Promise.all(sized);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const inPage = (await page.evaluate(`(function () {
    var script = performance.getEntriesByType("resource").filter(function (e) { return /\\/goalpost\\.js$/.test(e.name); })[0];
    var at = function (name) { var e = performance.getEntriesByName(name)[0]; return e ? e.startTime : undefined; };
    var launcher = at("launcher"), ready = at("ready");
    var phase = function (start) {
      if (!script || start < script.responseEnd) return "before the script";
      if (launcher === undefined || start < launcher) return "script → launcher";
      if (ready === undefined || start < ready) return "launcher → ready";
      return "after ready";
    };
    var scriptsIn = function (t) {
      var frame = window.loafs.filter(function (f) { return f.start <= t[1] + 1 && t[1] < f.end; })[0];
      return frame ? frame.scripts : [];
    };
    return {
      longTasks: window.longTasks.map(function (t) { return { ms: t[0], phase: phase(t[1]), scripts: scriptsIn(t) }; }),
      shift: window.shift,
      scriptToLauncherMs: script && launcher !== undefined ? launcher - script.responseEnd : undefined,
      scriptToReadyMs: script && ready !== undefined ? ready - script.responseEnd : undefined
    };
  })()`)) as {
    longTasks: { ms: number; phase: Phase; scripts: string[] }[];
    shift: number;
    scriptToLauncherMs?: number;
    scriptToReadyMs?: number;
  };
  await context.close();
  return {
    scriptMs: metric("ScriptDuration"),
    taskMs: metric("TaskDuration"),
    longTasks: inPage.longTasks.length,
    longestTaskMs: Math.max(0, ...inPage.longTasks.map((t) => t.ms)),
    longTaskPhases: inPage.longTasks.map(({ ms, phase }) => ({ ms, phase })),
    longTaskScripts: inPage.longTasks.map((t) => t.scripts),
    layoutShift: inPage.shift,
    requests,
    bytes,
    ...(inPage.scriptToLauncherMs !== undefined
      ? { scriptToLauncherMs: inPage.scriptToLauncherMs }
      : {}),
    ...(inPage.scriptToReadyMs !== undefined ? { scriptToReadyMs: inPage.scriptToReadyMs } : {}),
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

const api = await startApi();
const site = await startSite(api.url);
const browser = await launchChromium();
try {
  await measure(browser, site.url, true); // warm-up: compile caches, the API's first answer
  const samples = { without: [] as Sample[], with: [] as Sample[] };
  for (let i = 0; i < runs; i++) {
    samples.without.push(await measure(browser, site.url, false));
    samples.with.push(await measure(browser, site.url, true));
  }
  const row = (label: string, pick: (s: Sample) => number | undefined, digits = 1) => {
    const cell = (list: Sample[]) => {
      const values = list.map(pick).filter((v): v is number => v !== undefined);
      return values.length
        ? `${quantile(values, 0.5).toFixed(digits)} / ${quantile(values, 0.9).toFixed(digits)}`
        : "—";
    };
    console.log(`| ${label} | ${cell(samples.without)} | ${cell(samples.with)} |`);
  };
  console.log(`\n${runs} runs each, CPU ×${cpuSlowdown}; median / p90\n`);
  console.log("| measure | host page alone | with the widget |\n| --- | --- | --- |");
  row("script evaluation (ms, CDP ScriptDuration)", (s) => s.scriptMs);
  row("main-thread task time (ms, CDP TaskDuration)", (s) => s.taskMs);
  row("long tasks (> 50 ms)", (s) => s.longTasks, 0);
  row("longest task (ms)", (s) => s.longestTaskMs);
  row("layout shift (CLS)", (s) => s.layoutShift, 3);
  row("requests", (s) => s.requests, 0);
  row("bytes fetched (kB, bodies + headers)", (s) => s.bytes / 1024);
  row("script loaded → launcher painted (ms)", (s) => s.scriptToLauncherMs);
  row("script loaded → session ready (ms)", (s) => s.scriptToReadyMs);
  const phases = samples.with.flatMap((s) => s.longTaskPhases);
  if (phases.length) {
    console.log(
      `\nLong tasks with the widget, by when they started (${phases.length} in ${runs} runs):`,
    );
    for (const phase of new Set(phases.map((t) => t.phase))) {
      const ms = phases.filter((t) => t.phase === phase).map((t) => t.ms.toFixed(0));
      console.log(`- ${phase}: ${ms.join(", ")} ms`);
    }
    console.log("\nThe scripts in each long task's frame (Long Animation Frames API):");
    for (const scripts of samples.with.flatMap((s) => s.longTaskScripts))
      console.log(`- ${scripts.length ? scripts.join("; ") : "no script attributed"}`);
  }
} finally {
  await browser.close();
  site.close();
  api.stop();
}
