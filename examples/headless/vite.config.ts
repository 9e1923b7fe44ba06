import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";

/**
 * Serves msw's worker script at the site root (in dev) and writes it there (in the build), so the
 * mock backend's service worker controls every page. Read from the installed msw, so it always
 * matches msw's version (no copy made by `msw init` to keep up to date).
 */
function mswWorker(): Plugin {
  const file = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  return {
    name: "goalpost-example:msw-worker",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_request, response) => {
        response.setHeader("content-type", "text/javascript; charset=utf-8");
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "mockServiceWorker.js",
        source: readFileSync(file, "utf8"),
      });
    },
  };
}

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Three pages: an index linking the two examples, the vanilla progress strip, and React.
// Workspace packages resolve to their TypeScript sources, so no package build is needed first.
export default defineConfig({
  resolve: { conditions: ["@goalpost/source", ...defaultClientConditions] },
  plugins: [mswWorker()],
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: page("index.html"),
        strip: page("strip/index.html"),
        react: page("react/index.html"),
      },
      // Named chunks, to see what is what: the core is what a vendor ships; the mock backend
      // (msw, the seed data) is here only because the demo has no server.
      output: {
        codeSplitting: {
          groups: [
            {
              name: "goalpost-core",
              test: /packages[\\/]core[\\/]|node_modules[\\/](zod|ky|@preact)[\\/]/,
              priority: 2,
            },
            {
              name: "mock-backend",
              test: /packages[\\/]mock-backend[\\/]/,
              includeDependenciesRecursively: true,
              priority: 1,
            },
            { name: "demo-shared", test: /examples[\\/]headless[\\/]shared[\\/]/ },
          ],
        },
      },
    },
  },
});
