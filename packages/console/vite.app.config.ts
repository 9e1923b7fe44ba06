import { defaultClientConditions, defineConfig } from "vite";

/**
 * The console as a page of its own (index.html → dist/app), everything bundled, with relative
 * URLs so it works under any path: goalpost-server and the mock backend serve it at /console/.
 */
export default defineConfig({
  base: "./",
  resolve: { conditions: ["@goalpost/source", ...defaultClientConditions] },
  build: {
    target: "es2022",
    outDir: "dist/app",
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
