/// <reference types="vitest/config" />
import { defaultClientConditions, defaultServerConditions, defineConfig } from "vite";
import { configDefaults, type TestProjectInlineConfiguration } from "vitest/config";
import { shortLivedNodeFlags } from "./test/support/nodeFlags.ts";

// Workspace packages resolve to their TypeScript sources, so tests need no build.
const source = "@goalpost/source";
const resolve = { conditions: [source, ...defaultClientConditions] };
const ssr = { resolve: { conditions: [source, ...defaultServerConditions] } };

/**
 * The two tiers of `pnpm test`. The fast tier (unit, component and integration tests, in
 * process) runs first, so a broken rule shows within seconds; the slow tier (the server over
 * real HTTP and databases, the contract suite on three targets, crashes, Chromium) after it.
 * Within a tier, files run side by side: the fast tier is CPU-bound (one worker per core); the
 * slow one's files also wait on sockets, child processes and the browser, so a worker more than
 * cores keeps both busy (it runs at 99 % of the two cores of this machine).
 */
const tiers = {
  fast: { groupOrder: 0, maxWorkers: 2 },
  slow: { groupOrder: 1, maxWorkers: 3 },
} as const;

interface ProjectOptions {
  name: string;
  root: string;
  include: string[];
  tier: keyof typeof tiers;
  /**
   * Whether each file gets fresh modules and globals. Files share a worker's modules by default
   * (the imports are most of what a small test file costs: PGlite, Hono, Preact and happy-dom
   * again for every file), since each file cleans up what it starts; only files that install
   * globals of their own (the script tag's window.Goalpost, custom elements) are isolated.
   * @default false
   */
  isolate?: boolean;
  test?: TestProjectInlineConfiguration["test"];
}

/**
 * `GOALPOST_TEST_TIER=fast` or `slow` runs one tier alone (`pnpm check` runs the fast tier
 * beside the last static checks, then the slow one); unset, `pnpm test` runs both in order.
 */
const onlyTier = process.env.GOALPOST_TEST_TIER;
if (onlyTier !== undefined && !(onlyTier in tiers)) {
  throw new Error(`GOALPOST_TEST_TIER must be fast or slow, not ${JSON.stringify(onlyTier)}`);
}

function project(options: ProjectOptions): TestProjectInlineConfiguration | undefined {
  if (onlyTier !== undefined && onlyTier !== options.tier) return undefined;
  const tier = tiers[options.tier];
  return {
    resolve,
    ssr,
    test: {
      name: options.name,
      root: options.root,
      include: options.include,
      isolate: options.isolate ?? false,
      maxWorkers: tier.maxWorkers,
      sequence: { groupOrder: tier.groupOrder },
      ...options.test,
    },
  };
}

const sources = ["src/**/*.test.ts"];

/** The widget folders whose tests run without per-file isolation (see the widget projects). */
const widgetShared = ["components", "ui", "i18n", "styles"];

export default defineConfig({
  resolve,
  ssr,
  test: {
    projects: [
      project({
        name: "core",
        root: "packages/core",
        include: sources,
        tier: "fast",
      }),
      project({
        name: "backend",
        root: "packages/backend",
        include: sources,
        tier: "fast",
      }),
      project({
        name: "demo-data",
        root: "packages/demo-data",
        include: sources,
        tier: "fast",
      }),
      project({
        name: "mock-backend",
        root: "packages/mock-backend",
        include: sources,
        tier: "fast",
      }),
      // The panel's components share a worker's modules (a DOM suite's imports and environment
      // are most of its cost); each leaves nothing behind (testing-library's cleanup). The
      // embedding tests install globals (window.Goalpost, custom elements, the built script) and
      // get fresh modules and a fresh window per file.
      project({
        name: "widget",
        root: "packages/widget",
        include: widgetShared.map((folder) => `src/${folder}/**/*.test.{ts,tsx}`),
        tier: "fast",
        test: { environment: "happy-dom" },
      }),
      project({
        name: "widget-embed",
        root: "packages/widget",
        include: ["src/**/*.test.{ts,tsx}"],
        tier: "fast",
        isolate: true,
        test: {
          environment: "happy-dom",
          exclude: [...configDefaults.exclude, ...widgetShared.map((folder) => `src/${folder}/**`)],
        },
      }),
      project({
        name: "console",
        root: "packages/console",
        include: ["src/**/*.test.{ts,tsx}"],
        tier: "fast",
        test: { environment: "happy-dom" },
      }),
      project({
        name: "demo",
        root: "examples/demo",
        include: sources,
        tier: "fast",
      }),
      // In process, but for the differential files: they start the built mock and server bins
      // on PGlite and PostgreSQL, so they run in the slow tier ("differential").
      project({
        name: "integration",
        root: "test/integration",
        include: ["**/*.test.ts"],
        tier: "fast",
        test: { exclude: [...configDefaults.exclude, "**/*Differential.test.ts"] },
      }),
      project({
        name: "server",
        root: "packages/server",
        include: sources,
        tier: "slow",
        test: {
          testTimeout: 30_000,
          hookTimeout: 60_000,
          execArgv: [...shortLivedNodeFlags],
          globalSetup: ["./src/testing/globalSetup.ts"],
        },
      }),
      project({
        name: "differential",
        root: "test/integration",
        include: ["**/*Differential.test.ts"],
        tier: "slow",
        test: { testTimeout: 60_000, hookTimeout: 120_000, execArgv: [...shortLivedNodeFlags] },
      }),
      project({
        name: "crash",
        root: "test/crash",
        include: ["**/*.test.ts"],
        tier: "slow",
        test: { testTimeout: 180_000, hookTimeout: 90_000, execArgv: [...shortLivedNodeFlags] },
      }),
      // The contract suite against the mock backend, then unchanged against the reference server
      // on PGlite and on PostgreSQL (test/contract/globalSetup.ts starts each by project name).
      // The fuzz generator's own test (fuzz/*.test.ts) checks the suite, not a target: once.
      ...(["contract", "contract-pglite", "contract-postgres"] as const).map((name) =>
        project({
          name,
          root: "test/contract",
          include: name === "contract" ? ["**/*.test.ts"] : ["*.test.ts"],
          tier: "slow",
          test: {
            globalSetup: ["./globalSetup.ts"],
            testTimeout: 30_000,
            hookTimeout: 90_000,
            execArgv: [...shortLivedNodeFlags],
          },
        }),
      ),
      project({
        name: "e2e",
        root: "test/e2e",
        include: ["**/*.test.ts"],
        tier: "slow",
        test: {
          globalSetup: ["./globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A real browser on a loaded CI machine: 1 s (the default) was too short to wait
          // for a page to finish its requests (a flake seen once in five runs).
          expect: { poll: { timeout: 10_000 } },
        },
      }),
    ].filter((p) => p !== undefined),
  },
});
