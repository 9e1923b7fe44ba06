import { describeCrashes } from "./crashSuite.ts";

describeCrashes("pglite");
