import { AccountReport } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

let owner: TestUser;
let agreementId: string;
let goalId: string;
let measurement: { id: string; agreementId: string; value: number; source: string };

beforeAll(async () => {
  owner = newUser("sdr");
  agreementId = (await owner.agree("meetings-booked", 5)).id;
  goalId = (await owner.setGoal(agreementId, 8)).id;
  measurement = { id: randomId("m"), agreementId, value: 6, source: "self" };
  expect((await owner.send("POST", "/v1/measurements", { json: measurement })).status).toBe(201);
});

async function accountReport(accountId: string) {
  const report = expectOk(
    await admin("GET", `/v1/admin/accounts/${accountId}/report`),
    200,
    AccountReport,
  );
  return { ...report, generatedAt: "(ignored)" };
}

const intruders: [string, () => TestUser][] = [
  ["a user of another account, same role", () => newUser("sdr")],
  [
    "a user of the same account, other role",
    () => newUser("digital-marketer", { accountId: owner.accountId }),
  ],
];

describe.each(intruders)("%s", (_who, makeIntruder) => {
  test("cannot read or change the owner's data, which stays as it was", async () => {
    const intruder = makeIntruder();
    // The intruder's first request brings it into being (and into the account report's users).
    await intruder.session();
    const ownerBefore = await owner.session();
    const reportBefore = await accountReport(owner.accountId);
    const denied = [403, 404];

    const attempts = [
      intruder.send("GET", `/v1/agreements/${agreementId}/measurements`),
      intruder.send("PATCH", `/v1/agreements/${agreementId}`, { json: { maturityLevel: 3 } }),
      intruder.send("PATCH", `/v1/agreements/${agreementId}`, { json: { status: "retired" } }),
      intruder.send("PATCH", `/v1/agreements/${agreementId}`, { json: { baseline: { value: 1 } } }),
      intruder.send("PATCH", `/v1/goals/${goalId}`, { json: { status: "abandoned" } }),
      intruder.send("PATCH", `/v1/goals/${goalId}`, { json: { target: 100 } }),
      intruder.send("POST", "/v1/goals", {
        json: { agreementId, target: 9, dueAt: daysFromNow(30) },
      }),
      intruder.send("POST", "/v1/measurements", {
        json: { id: randomId("m"), agreementId, value: 50, source: "self" },
      }),
      // Replaying the owner's own measurement must not hand it over.
      intruder.send("POST", "/v1/measurements", { json: measurement }),
    ];
    for (const reply of await Promise.all(attempts)) expectError(reply, ...denied);

    const intruderSession = await intruder.session();
    expect(intruderSession.agreements.map((a) => a.id)).not.toContain(agreementId);
    expect(intruderSession.goals.map((g) => g.id)).not.toContain(goalId);
    expect(intruderSession.measurements.map((m) => m.id)).not.toContain(measurement.id);

    expect(await owner.session()).toEqual(ownerBefore);
    expect(await accountReport(owner.accountId)).toEqual(reportBefore);
  });
});
