import { describe, expect, it } from "vitest";
import { now } from "../testFixtures.ts";
import { newPulse } from "./newPulse.ts";

const user = { id: "sam", accountId: "acme", roleId: "sdr" };

describe("newPulse", () => {
  it("is the user's score for a touchpoint, now, with the comment when given", () => {
    expect(newPulse({ touchpoint: "product", score: 4, comment: "Great" }, user, now)).toEqual({
      id: expect.stringMatching(/^pulse_/),
      accountId: "acme",
      roleId: "sdr",
      userId: "sam",
      touchpoint: "product",
      score: 4,
      comment: "Great",
      at: now.toISOString(),
    });
    expect(newPulse({ touchpoint: "overall", score: 2 }, user, now)).not.toHaveProperty("comment");
  });
});
