import { libraryBuild } from "../../vite.library.ts";

// The npm entries: <goalpost-console> and its parts (index), and the built page as responses for
// servers (serve, Node). vite.app.config.ts builds that page into dist/app (so this keeps it).
export default libraryBuild(
  { index: "src/index.ts", serve: "src/serve.ts" },
  [/^preact/, /^@preact\//, /^@goalpost\//, /^node:/],
  { emptyOutDir: false },
);
