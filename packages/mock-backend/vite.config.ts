import { libraryBuild } from "../../vite.library.ts";

export default libraryBuild(
  { index: "src/index.ts", browser: "src/browser.ts", node: "src/node.ts", cli: "src/cli.ts" },
  [
    /^msw(\/|$)/,
    /^node:/,
    /^@goalpost\//,
    /^zod/,
    /^ky/,
    /^@preact\/signals-core/,
    /^hono(\/|$)/,
    /^@hono\//,
  ],
);
