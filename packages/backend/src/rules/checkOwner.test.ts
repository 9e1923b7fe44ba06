import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { checkOwner } from "./checkOwner.ts";

const user = { accountId: "acme", roleId: "sdr" };

describe("checkOwner", () => {
  it("gives back the user's own record", () => {
    const agreement = { id: "agr_1", accountId: "acme", roleId: "sdr" };
    expect(checkOwner("agreement", "agr_1", agreement, user)).toBe(agreement);
  });

  it("finds no record of another account, as for an id that never existed", () => {
    const missing = Problem.notFound('no goal "goal_1"');
    expect(checkOwner("goal", "goal_1", undefined, user)).toEqual(missing);
    expect(checkOwner("goal", "goal_1", { accountId: "globex", roleId: "sdr" }, user)).toEqual(
      missing,
    );
  });

  it("forbids a record of the same account but another role", () => {
    expect(
      checkOwner("agreement", "agr_1", { accountId: "acme", roleId: "marketer" }, user),
    ).toEqual(Problem.forbidden('agreement "agr_1" belongs to the role "marketer"'));
  });
});
