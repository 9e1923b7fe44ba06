import { resolve } from "node:path";
import { build, defineConfig, type Plugin } from "vite";

// The script-tag build: one self-contained, minified IIFE, dist/goalpost.js, with everything
// bundled (preact, signals, the core with ky and zod/mini). It defines no global of its own
// besides `window.Goalpost`, which src/embed.ts sets.
export default defineConfig({
  plugins: [deferredModules()],
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: "src/embed.ts",
      formats: ["iife"],
      name: "GoalpostEmbed",
      fileName: () => "goalpost.js",
    },
  },
});

/**
 * src/embed.ts imports src/embed/scriptModules.ts (the widget, the core and their libraries)
 * dynamically, so that evaluating them waits for a later task than the script's own. Inlined
 * as it is, the bundler would wrap each of those modules to defer it, which costs 1.6 kB brotli
 * and loses tree shaking through zod's namespace. Instead, that import is built here on its own,
 * as one minified IIFE, and inlined as a single module whose only top-level statement runs it:
 * one wrapper, the same deferral.
 */
function deferredModules(): Plugin {
  // A path of its own (not a "\0" id, whose source map the bundler would drop), never on disk.
  const id = `${import.meta.dirname}/src/embed/scriptModules.bundled.js`;
  return {
    name: "goalpost:deferred-modules",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./embed/scriptModules.ts" && importer?.endsWith("/src/embed.ts")) return id;
    },
    async load(loading) {
      if (loading !== id) return;
      const result = await build({
        root: import.meta.dirname,
        configFile: false,
        logLevel: "warn",
        build: {
          target: "es2022",
          write: false,
          minify: true,
          sourcemap: true,
          lib: { entry: "src/embed/scriptModules.ts", formats: ["iife"], name: "modules" },
        },
      });
      const output = Array.isArray(result) ? result[0] : result;
      const chunk = output && "output" in output ? output.output[0] : undefined;
      if (!chunk?.map) throw new Error("src/embed/scriptModules.ts did not build");
      const exports = chunk.exports.map((name) => `export const ${name} = modules.${name};`);
      const map = JSON.parse(chunk.map.toString());
      // Its sources are relative to the inner build's output folder: make them absolute.
      map.sources = map.sources.map((source: string) =>
        resolve(import.meta.dirname, "dist", source),
      );
      return {
        code: `const modules = (() => {\n${chunk.code}\nreturn modules;\n})();\n${exports.join("\n")}`,
        // The IIFE starts on the second line: its source map moves down one line.
        map: { ...map, mappings: `;${map.mappings}` },
      };
    },
  };
}
