import { defineConfig } from "vite";

// The npm build: ESM, dependencies left to the host's bundler or Node.
export default defineConfig({
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: "src/index.ts" },
      formats: ["es"],
      fileName: (_f, name) => `${name}.js`,
    },
    rolldownOptions: { external: [/^@goalpost\//, /^zod/, /^jose/] },
  },
});
