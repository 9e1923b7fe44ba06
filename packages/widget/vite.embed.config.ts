import { createHash } from "node:crypto";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, defineConfig, type Plugin, type UserConfig } from "vite";

// The script-tag build, into dist beside the npm build:
// - dist/goalpost-app.<hash>.js, the app: the core, Preact and the panel, one minified IIFE
//   (src/embed/appFile.ts) with everything bundled, fetched by the loader when it is wanted;
// - dist/goalpost.js, the loader (src/embed.ts), built second: the app file's name and its
//   Subresource Integrity hash are in it, so it fetches exactly the file built with it.
// Neither defines a global of its own besides `window.Goalpost`, which the loader sets.
const dist = join(import.meta.dirname, "dist");

export default defineConfig(async (): Promise<UserConfig> => {
  const app = await buildAppFile();
  return {
    define: { __GOALPOST_APP__: JSON.stringify(app) },
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: {
        entry: "src/embed.ts",
        formats: ["iife"],
        name: "GoalpostLoader",
        fileName: () => "goalpost.js",
      },
    },
  };
});

/** Builds the app file, writes it and its source map under their hashed names, and says which. */
async function buildAppFile(): Promise<{ name: string; integrity: string }> {
  const result = await build({
    root: import.meta.dirname,
    configFile: false,
    logLevel: "warn",
    plugins: [bundledPanel()],
    build: {
      target: "es2022",
      write: false,
      minify: true,
      sourcemap: true,
      lib: { entry: "src/embed/appFile.ts", formats: ["iife"], name: "GoalpostApp" },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  const chunk = output && "output" in output ? output.output[0] : undefined;
  if (!chunk?.map) throw new Error("src/embed/appFile.ts did not build");
  // Its own contents name it; the old builds' app files go.
  const hash = createHash("sha256").update(chunk.code).digest("hex").slice(0, 10);
  const name = `goalpost-app.${hash}.js`;
  for (const old of readdirSync(dist, { withFileTypes: true }))
    if (/^goalpost-app\..*\.js(\.map)?$/.test(old.name)) rmSync(join(dist, old.name));
  const map = JSON.parse(chunk.map.toString());
  map.file = name;
  const code = `${chunk.code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "")}\n//# sourceMappingURL=${name}.map\n`;
  writeFileSync(join(dist, name), code);
  writeFileSync(join(dist, `${name}.map`), JSON.stringify(map));
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  return { name, integrity };
}

/** The app file carries the panel itself: loadPanel's dynamic import is for the npm build. */
function bundledPanel(): Plugin {
  const bundled = resolve(import.meta.dirname, "src/embed/loadPanel.bundled.ts");
  return {
    name: "goalpost:bundled-panel",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./loadPanel.ts" && importer?.endsWith("/src/embed/mountApp.tsx"))
        return bundled;
    },
  };
}
