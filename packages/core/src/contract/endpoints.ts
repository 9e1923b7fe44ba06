import { adminEndpoints } from "./adminEndpoints.ts";
import { consoleEndpoints } from "./consoleEndpoints.ts";
import { userEndpoints } from "./userEndpoints.ts";
import { webhookEndpoints } from "./webhookEndpoints.ts";

/** The whole HTTP contract (v1), one entry per endpoint. */
export const endpoints = {
  ...userEndpoints,
  ...adminEndpoints,
  ...consoleEndpoints,
  ...webhookEndpoints,
};
