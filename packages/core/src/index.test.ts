import { describe, expect, it } from "vitest";
import * as admin from "./admin.ts";
import * as contract from "./contract/index.ts";
import * as core from "./index.ts";

// The plumbing behind the SDK: implementers find the tables and validation in ./contract.
const internals = [
  "createEmitter",
  "backoffDelay",
  "validateBody",
  "userEndpoints",
  "adminEndpoints",
  "endpoints",
  "toValidationIssues",
];

describe("the public surface", () => {
  it("offers the SDK and the guards, not its plumbing", () => {
    for (const name of internals) {
      expect(core, `@goalpost/core exports ${name}`).not.toHaveProperty(name);
      expect(admin, `@goalpost/core/admin exports ${name}`).not.toHaveProperty(name);
    }
    for (const name of [
      "createGoalpost",
      "createClient",
      "isGoalpostError",
      "isHttpError",
      "isNetworkError",
      "isTimeoutError",
      "isValidationError",
      "suggestTarget",
      "createValueFormat",
      "CreateGoalBody",
      "browserPlatform",
      "browserConnectivity",
      "browserStorage",
    ]) {
      expect(core).toHaveProperty(name);
    }
    expect(admin).toHaveProperty("createAdminClient");
  });

  it("keeps the endpoint tables and body validation in @goalpost/core/contract", () => {
    for (const name of internals.filter(
      (name) => name !== "createEmitter" && name !== "backoffDelay",
    ))
      expect(contract).toHaveProperty(name);
  });
});
