import { libraryBuild } from "../../vite.library.ts";

// The script-tag build is vite.embed.config.ts, into the same dist (so this one keeps it).
export default libraryBuild({ index: "src/index.ts" }, [/^preact/, /^@preact\//, /^@goalpost\//], {
  emptyOutDir: false,
});
