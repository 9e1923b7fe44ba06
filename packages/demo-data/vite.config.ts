import { libraryBuild } from "../../vite.library.ts";

export default libraryBuild({ index: "src/index.ts" }, [/^@goalpost\//, /^zod/]);
