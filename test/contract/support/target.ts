import { inject } from "vitest";
import type { ContractTarget } from "../globalSetup.ts";

/** The deployment under test, as set up by `globalSetup.ts`. */
export const target: ContractTarget = inject("contractTarget");
