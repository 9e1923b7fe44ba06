import { defineConfig } from "vite";

// The script-tag build: one self-contained, minified IIFE, dist/goalpost.js, with everything
// bundled (preact, signals, the core with ky and zod/mini). It defines no global of its own
// besides `window.Goalpost`, which src/embed.ts sets.
export default defineConfig({
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
