import { defineConfig, type UserConfig } from "vite";

/**
 * The npm build every package shares: one unminified ESM file per entry (shared code in chunks),
 * with source maps, its dependencies left to the host's bundler or Node.
 * @param entry entry name → source file, e.g. `{ index: "src/index.ts" }`
 * @param external the imports not to bundle (the package's dependencies)
 */
export function libraryBuild(
  entry: Record<string, string>,
  external: RegExp[],
  options: { emptyOutDir?: boolean } = {},
): UserConfig {
  return defineConfig({
    build: {
      target: "es2022",
      outDir: "dist",
      emptyOutDir: options.emptyOutDir ?? true,
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ["es"], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { external },
    },
  });
}
