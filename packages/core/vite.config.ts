import { libraryBuild } from "../../vite.library.ts";

// scripts/check-size.ts measures the core with its dependencies bundled in.
export default libraryBuild(
  {
    index: "src/index.ts",
    admin: "src/admin.ts",
    contract: "src/contract/index.ts",
    format: "src/format.ts",
  },
  [/^@preact\/signals-core/, /^ky/, /^zod/],
);
