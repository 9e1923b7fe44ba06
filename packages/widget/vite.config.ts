import { defineConfig } from "vite";

// The npm build: ESM, dependencies left to the host's bundler. The script-tag build is
// vite.embed.config.ts.
export default defineConfig({
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: "src/index.ts" }, formats: ["es"] },
    rolldownOptions: { external: [/^preact/, /^@preact\//, /^@goalpost\//] },
  },
});
