import { defineConfig } from "vite";

// The npm build: ESM, dependencies left to the host's bundler. scripts/check-size.ts measures
// the core with its dependencies bundled in.
export default defineConfig({
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: "src/index.ts", admin: "src/admin.ts", contract: "src/contract/index.ts" },
      formats: ["es"],
    },
    rolldownOptions: { external: [/^@preact\/signals-core/, /^ky/, /^zod/] },
  },
});
