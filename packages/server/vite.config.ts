import { libraryBuild } from "../../vite.library.ts";

export default libraryBuild({ index: "src/index.ts", cli: "src/cli.ts" }, [
  /^node:/,
  /^@goalpost\//,
  /^@electric-sql\/pglite/,
  /^@hono\/node-server/,
  /^hono(\/|$)/,
  /^postgres$/,
  /^zod/,
]);
