import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";

const require = createRequire(import.meta.url);

/**
 * Files served at the site root as they are, not bundled: the widget's BUILT script-tag files
 * (what a vendor serves from its CDN: the loader, loaded by the snippet's `<script async
 * src="/goalpost.js">`, and the app file it fetches from its own folder, goalpost-app.<hash>.js)
 * and msw's worker script (a service worker controls only the paths under its own folder).
 */
function rootFiles(): Plugin {
  const widgetDist = join(dirname(require.resolve("@goalpost/widget/package.json")), "dist");
  const appFiles = existsSync(widgetDist)
    ? readdirSync(widgetDist).filter((name) => /^goalpost-app\.[0-9a-f]+\.js(\.map)?$/.test(name))
    : [];
  const files: Record<string, string> = {
    "goalpost.js": join(widgetDist, "goalpost.js"),
    "goalpost.js.map": join(widgetDist, "goalpost.js.map"),
    ...Object.fromEntries(appFiles.map((name) => [name, join(widgetDist, name)])),
    "mockServiceWorker.js": require.resolve("msw/mockServiceWorker.js"),
  };
  const read = (name: string, path: string) => {
    if (!existsSync(path))
      throw new Error(`${name} is missing at ${path}: build the widget first (pnpm build)`);
    return readFileSync(path);
  };
  return {
    name: "beacon-demo:root-files",
    configureServer(server) {
      for (const [name, path] of Object.entries(files))
        server.middlewares.use(`/${name}`, (_request, response) => {
          const type = name.endsWith(".map") ? "application/json" : "text/javascript";
          response.setHeader("content-type", `${type}; charset=utf-8`);
          response.end(read(name, path));
        });
    },
    generateBundle() {
      for (const [name, path] of Object.entries(files))
        this.emitFile({ type: "asset", fileName: name, source: read(name, path) });
    },
  };
}

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two pages of Beacon: the visitor list (the product, with the widget) and the vendor's
// scorecard. The core and the mock backend resolve to their TypeScript sources; the widget is
// used as its built script-tag file, exactly as a vendor would ship it.
export default defineConfig({
  resolve: { conditions: ["@goalpost/source", ...defaultClientConditions] },
  plugins: [rootFiles()],
  server: { port: 5173 },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // The mock API (the mock backend, msw, the core, zod) runs in the page only for the demo; a
    // real product ships none of it, so its size is not worth a warning.
    chunkSizeWarningLimit: 1024,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: page("index.html"), scorecard: page("scorecard.html") },
      output: {
        codeSplitting: {
          groups: [
            { name: "mock-api", test: /node_modules|packages[\\/](core|mock-backend)/ },
            { name: "beacon", test: /demo[\\/]src[\\/](shell[\\/]|styles\.css)/ },
          ],
        },
      },
    },
  },
});
