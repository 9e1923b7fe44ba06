/// <reference types="vitest/config" />
import { defaultClientConditions, defaultServerConditions, defineConfig } from "vite";

// Workspace packages resolve to their TypeScript sources, so tests need no build.
const source = "@goalpost/source";
const resolve = { conditions: [source, ...defaultClientConditions] };
const ssr = { resolve: { conditions: [source, ...defaultServerConditions] } };

export default defineConfig({
  resolve,
  ssr,
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: { name: "core", root: "packages/core", include: ["src/**/*.test.ts"] },
      },
      {
        resolve,
        ssr,
        test: { name: "backend", root: "packages/backend", include: ["src/**/*.test.ts"] },
      },
      {
        resolve,
        ssr,
        test: { name: "demo-data", root: "packages/demo-data", include: ["src/**/*.test.ts"] },
      },
      {
        resolve,
        ssr,
        test: {
          name: "mock-backend",
          root: "packages/mock-backend",
          include: ["src/**/*.test.ts"],
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "widget",
          root: "packages/widget",
          include: ["src/**/*.test.{ts,tsx}"],
          environment: "happy-dom",
        },
      },
      {
        resolve,
        ssr,
        test: { name: "demo", root: "examples/demo", include: ["src/**/*.test.ts"] },
      },
      {
        resolve,
        ssr,
        test: { name: "integration", root: "test/integration", include: ["**/*.test.ts"] },
      },
      {
        resolve,
        ssr,
        test: {
          name: "e2e",
          root: "test/e2e",
          include: ["**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A real browser on a loaded CI machine: 1 s (the default) was too short to wait
          // for a page to finish its requests (a flake seen once in five runs).
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "server",
          root: "packages/server",
          include: ["src/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: "crash",
          root: "test/crash",
          include: ["**/*.test.ts"],
          testTimeout: 180_000,
          hookTimeout: 90_000,
        },
      },
      // The contract suite against the mock backend, then unchanged against the reference server
      // on PGlite and on PostgreSQL (test/contract/globalSetup.ts starts each by project name).
      ...["contract", "contract-pglite", "contract-postgres"].map((name) => ({
        resolve,
        ssr,
        test: {
          name,
          root: "test/contract",
          include: ["**/*.test.ts"],
          globalSetup: ["./globalSetup.ts"],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      })),
    ],
  },
});
