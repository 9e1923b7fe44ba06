import { Pulse } from "@goalpost/core";
import { expect, test } from "vitest";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";

test("a value pulse is recorded for the user's account and role", async () => {
  const user = newUser("marketing-vp");
  const before = Date.now();
  const reply = await user.send("POST", "/v1/pulses", {
    json: { touchpoint: "overall", score: 4, comment: "Worth it" },
  });
  const pulse = expectOk(reply, 201, Pulse);
  expect(pulse).toMatchObject({
    accountId: user.accountId,
    roleId: "marketing-vp",
    userId: user.userId,
    touchpoint: "overall",
    score: 4,
    comment: "Worth it",
  });
  expect(Date.parse(pulse.at)).toBeGreaterThan(before - 60_000);
  const second = expectOk(
    await user.send("POST", "/v1/pulses", { json: { touchpoint: "support", score: 1 } }),
    201,
    Pulse,
  );
  expect(second.id).not.toBe(pulse.id);
});

test("a score outside 1–5 or not whole is refused", async () => {
  const user = newUser("sdr");
  for (const score of [0, 6, 3.5, -1]) {
    const reply = await user.send("POST", "/v1/pulses", { json: { touchpoint: "product", score } });
    expectIssueAt(expectError(reply, 422), ["score"]);
  }
  const unknown = await user.send("POST", "/v1/pulses", {
    json: { touchpoint: "weather", score: 3 },
  });
  expectIssueAt(expectError(unknown, 422), ["touchpoint"]);
});
