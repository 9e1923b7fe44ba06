import { defineConfig } from "vite";

// The npm build: ESM, dependencies left to the host's bundler. scripts/check-size.ts measures
// the core with its dependencies bundled in.
export default defineConfig({
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: "src/index.ts", admin: "src/admin.ts", server: "src/server.ts" },
      formats: ["es"],
    },
    rolldownOptions: { external: [/^@preact\/signals-core/, /^ky/, /^zod/] },
  },
});
