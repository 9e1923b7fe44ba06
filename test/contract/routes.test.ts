import { endpoints } from "@goalpost/core/contract";
import { test } from "vitest";
import { expectError } from "./support/expectReply.ts";
import { randomId } from "./support/randomId.ts";
import { request } from "./support/request.ts";

// Every endpoint of the contract's table is served: the fallback for a path or method that is
// not in the contract answers 404, a served endpoint refuses a call without credentials (401).
test.each(Object.entries(endpoints))("%s is served", async (_name, endpoint) => {
  const path = endpoint.path.replace(/:\w+/g, () => randomId("x"));
  expectError(await request(endpoint.method, path), 401);
  const served = Object.values(endpoints)
    .filter((other) => other.path === endpoint.path)
    .map((other) => other.method as string);
  const other = ["DELETE", "PUT", "PATCH", "POST", "GET"].find((m) => !served.includes(m));
  expectError(await request(other ?? "OPTIONS", path), 404);
});
