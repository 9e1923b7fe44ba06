/**
 * The widget's loader beside two peers on the same host page in the same run (issue 14):
 * Sentry's user feedback widget (`@sentry/browser` with `feedbackIntegration`) and PostHog's
 * surveys (`posthog-js`, whose surveys code it fetches from its API host when the project's
 * config enables them), each embedded the npm way their docs give (`Sentry.init({ dsn,
 * integrations: [Sentry.feedbackIntegration()] })`, `posthog.init(key, { api_host })`), bundled
 * here by esbuild, minified, served brotli-compressed. Both talk to stand-ins on this server
 * (Sentry's envelope endpoint, PostHog's flags/config/events/surveys), which answer at once.
 * Interleaved rounds, each load in a fresh context; "at start" is the host's `load` event plus
 * the embed having run (the loader's launcher painted, Sentry's feedback button in the page,
 * PostHog loaded); bytes are everything fetched but the host page's own files.
 *
 * Usage: `pnpm build`, then `pnpm bench:peers [rounds=10]`. The peers are devDependencies of
 * bench/ only (bench/package.json). Not a test: it prints figures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync } from "node:zlib";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";
import { startApi, token } from "./benchApi.ts";

const rounds = Number(process.argv[2] ?? 10);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dist = here("../packages/widget/dist");
const appName = readdirSync(dist).find((name) => /^goalpost-app\.[0-9a-f]+\.js$/.test(name));
if (!appName) throw new Error("build the widget first: pnpm build");

type Variant = "none" | "goalpost" | "sentry" | "posthog";
const variants: Variant[] = ["none", "goalpost", "sentry", "posthog"];

/** A peer's embed, bundled as a host's build would bundle it. */
async function bundle(contents: string): Promise<Buffer> {
  const result = await build({
    stdin: { contents, resolveDir: here("."), sourcefile: "embed.js" },
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return Buffer.from(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function startSite(apiBase: string) {
  let origin = "";
  const jwt = token({
    sub: "ana.torres",
    acc: "acme",
    role: "digital-marketer",
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const html = readFileSync(here("host.html"), "utf8");
  const goalpost = `<script>
  window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };
  Goalpost('init', { apiBase: ${JSON.stringify(apiBase)}, token: ${JSON.stringify(jwt)} });
</script>
<script async src="/goalpost/goalpost.js"></script>`;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://localhost:${port}`;
  const sentry = await bundle(`import * as Sentry from "@sentry/browser";
    Sentry.init({ dsn: "http://public@localhost:${port}/1", integrations: [Sentry.feedbackIntegration({ colorScheme: "system" })] });`);
  const posthog = await bundle(`import posthog from "posthog-js";
    posthog.init("phc_bench", { api_host: ${JSON.stringify(origin)}, person_profiles: "identified_only" });
    window.posthog = posthog;`);
  const scripts: Record<string, Buffer> = {
    "/goalpost/goalpost.js": readFileSync(join(dist, "goalpost.js")),
    [`/goalpost/${appName}`]: readFileSync(join(dist, appName as string)),
    "/peers/sentry.js": sentry,
    "/peers/posthog.js": posthog,
    "/static/surveys.js": readFileSync(here("node_modules/posthog-js/dist/surveys.js")),
  };
  const compressed = Object.fromEntries(
    Object.entries(scripts).map(([path, code]) => [path, brotliCompressSync(code)]),
  );
  const pages: Record<string, string> = {
    "/none": html.replace("<!--WIDGET-->", ""),
    "/goalpost": html.replace("<!--WIDGET-->", goalpost),
    "/sentry": html.replace("<!--WIDGET-->", `<script async src="/peers/sentry.js"></script>`),
    "/posthog": html.replace("<!--WIDGET-->", `<script async src="/peers/posthog.js"></script>`),
  };
  const unknown = new Set<string>();
  server.on("request", (request: IncomingMessage, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const json = (body: unknown) =>
      response
        .writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" })
        .end(JSON.stringify(body));
    if (pages[path])
      return response.writeHead(200, { "content-type": "text/html" }).end(pages[path]);
    // PostHog asks for its surveys code under its version: /static/<version>/surveys.js.
    const script = compressed[/^\/static\/.*surveys\.js$/.test(path) ? "/static/surveys.js" : path];
    if (script)
      return response
        .writeHead(200, { "content-type": "text/javascript", "content-encoding": "br" })
        .end(script);
    if (path === "/host.css" || path === "/host.js")
      return response
        .writeHead(200, { "content-type": path.endsWith(".css") ? "text/css" : "text/javascript" })
        .end(readFileSync(here(path.slice(1))));
    // Sentry's envelope endpoint.
    if (path === "/api/1/envelope/") return json({});
    // PostHog's: the project's remote config and flags (surveys on), its surveys, its events.
    if (path.startsWith("/array/") || path.startsWith("/flags") || path.startsWith("/decide"))
      return json({
        featureFlags: {},
        featureFlagPayloads: {},
        surveys: true,
        sessionRecording: false,
        supportedCompression: [],
      });
    if (path.startsWith("/api/surveys")) return json({ surveys: [] });
    if (path.startsWith("/e") || path.startsWith("/i/") || path.startsWith("/batch"))
      return json({ status: 1 });
    unknown.add(`${request.method} ${path}`);
    response.writeHead(404).end();
  });
  return { url: origin, unknown, close: () => server.close() };
}

/** In the page: the embed having run, by variant. */
const started: Record<Variant, string> = {
  none: "true",
  goalpost: `(function () { var h = document.querySelector("[data-goalpost-widget]"); return !!(h && h.shadowRoot && h.shadowRoot.querySelector(".gp-launcher")); })()`,
  sentry: `!!document.getElementById("sentry-feedback")`,
  posthog: `!!(window.posthog && window.posthog.__loaded)`,
};

interface Sample {
  scriptMs: number;
  taskMs: number;
  kb: number;
  requests: number;
  longBeforeLoad: number;
}

async function measure(browser: Browser, url: string, variant: Variant): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  // The widget's app file waits for idle: held back here, as the loader bench does.
  await context.route(/goalpost-app\./, () => {});
  await page.addInitScript(`window.__long = [];
    new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { __long.push(e.startTime); }); }).observe({ type: "longtask", buffered: true });`);
  await page.goto(`${url}/${variant}`, { waitUntil: "load" });
  await page.waitForFunction(started[variant], null, { polling: 50 });
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const inPage = (await page.evaluate(`(function () {
    var load = performance.getEntriesByType("navigation")[0].loadEventStart;
    var theirs = performance.getEntriesByType("resource").filter(function (e) { return !/\\/host\\.(css|js)$|favicon/.test(e.name); });
    window.__names = theirs.map(function (e) { return new URL(e.name).pathname; });
    return {
      kb: theirs.reduce(function (sum, e) { return sum + e.transferSize; }, 0) / 1024,
      requests: theirs.length,
      longBeforeLoad: __long.filter(function (t) { return t < load; }).length
    };
  })()`)) as Omit<Sample, "scriptMs" | "taskMs">;
  await context.close();
  return { scriptMs: metric("ScriptDuration"), taskMs: metric("TaskDuration"), ...inPage };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? Number.NaN;
  const high = sorted[Math.ceil(at)] ?? Number.NaN;
  return low + (high - low) * (at - Math.floor(at));
};
const cell = (values: number[], digits = 1) =>
  `${quantile(values, 0.5).toFixed(digits)} (${quantile(values, 0.1).toFixed(digits)}–${quantile(values, 0.9).toFixed(digits)})`;

const api = await startApi();
const site = await startSite(api.url);
const browser = await launchChromium();
try {
  for (const variant of variants) await measure(browser, site.url, variant); // warm-up
  const samples: Record<Variant, Sample[]> = { none: [], goalpost: [], sentry: [], posthog: [] };
  for (let round = 0; round < rounds; round++)
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(round + i) % variants.length] as Variant;
      samples[variant].push(await measure(browser, site.url, variant));
    }
  const extra = (variant: Variant, pick: (s: Sample) => number) =>
    samples[variant].map((s, i) => pick(s) - pick(samples.none[i] as Sample));
  console.log(
    `\n${rounds} rounds, interleaved; median (p10–p90); extra = the page minus the page alone, per round\n`,
  );
  console.log(
    "| at start | host page alone | Goalpost loader | Sentry feedback | PostHog surveys |",
  );
  console.log("| --- | --- | --- | --- | --- |");
  const row = (label: string, values: (v: Variant) => number[], digits = 1) =>
    console.log(`| ${label} | ${variants.map((v) => cell(values(v), digits)).join(" | ")} |`);
  row("bytes fetched but the host's (kB, transfer)", (v) => samples[v].map((s) => s.kb));
  row("requests but the host's", (v) => samples[v].map((s) => s.requests), 0);
  row("extra script evaluation (ms, CDP ScriptDuration)", (v) => extra(v, (s) => s.scriptMs));
  row("extra main-thread task time (ms, CDP TaskDuration)", (v) => extra(v, (s) => s.taskMs));
  row("long tasks before the host's load", (v) => samples[v].map((s) => s.longBeforeLoad), 0);
  if (site.unknown.size)
    console.log(`\nNot stood in for (answered 404): ${[...site.unknown].join(", ")}`);
} finally {
  await browser.close();
  site.close();
  api.stop();
}
