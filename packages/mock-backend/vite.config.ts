import { defineConfig } from "vite";

// The npm build: one ESM file per entry (shared code in chunks), dependencies left external.
export default defineConfig({
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: "src/index.ts",
        browser: "src/browser.ts",
        node: "src/node.ts",
        cli: "src/cli.ts",
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [
        /^msw(\/|$)/,
        /^@hono\/node-server/,
        /^hono(\/|$)/,
        /^node:/,
        /^@goalpost\//,
        /^zod/,
        /^ky/,
        /^@preact\/signals-core/,
      ],
    },
  },
});
