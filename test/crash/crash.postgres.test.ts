import { describeCrashes } from "./crashSuite.ts";

describeCrashes("postgres");
