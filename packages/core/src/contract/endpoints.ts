import { adminEndpoints } from "./adminEndpoints.ts";
import { consoleEndpoints } from "./consoleEndpoints.ts";
import { userEndpoints } from "./userEndpoints.ts";

/** The whole HTTP contract (v1), one entry per endpoint. */
export const endpoints = { ...userEndpoints, ...adminEndpoints, ...consoleEndpoints };
