import { expect, test } from "vitest";
import { expectError } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

const dueAt = daysFromNow(30);

test("a decrease metric refuses a target above (or at) the start value", async () => {
  const user = newUser("digital-marketer");
  const agreement = await user.agree("campaign-setup-hours", 10);
  for (const target of [12, 10]) {
    const reply = await user.send("POST", "/v1/goals", {
      json: { agreementId: agreement.id, target, dueAt },
    });
    expectError(reply, 422);
  }
  const goal = await user.setGoal(agreement.id, 9);
  expectError(await user.send("PATCH", `/v1/goals/${goal.id}`, { json: { target: 11 } }), 422);
  expect((await user.session()).goals).toEqual([goal]);
});

test("increase metrics refuse a target below (or at) the start value", async () => {
  const marketer = newUser("digital-marketer");
  const fitRate = await marketer.agree("icp-fit-rate", 40);
  const sdr = newUser("sdr");
  const meetings = await sdr.agree("meetings-booked", 6);
  const cases = [
    { user: marketer, agreementId: fitRate.id, target: 30 },
    { user: marketer, agreementId: fitRate.id, target: 40 },
    { user: sdr, agreementId: meetings.id, target: 5 },
  ];
  for (const { user, agreementId, target } of cases) {
    const reply = await user.send("POST", "/v1/goals", { json: { agreementId, target, dueAt } });
    expectError(reply, 422);
  }
  expect((await marketer.session()).goals).toEqual([]);
  expect((await sdr.session()).goals).toEqual([]);
});

test("targets and values must fit the metric's unit: percent 0–100, scale 1–5", async () => {
  const marketer = newUser("digital-marketer");
  const fitRate = await marketer.agree("icp-fit-rate", 40);
  expectError(
    await marketer.send("POST", "/v1/goals", {
      json: { agreementId: fitRate.id, target: 120, dueAt },
    }),
    422,
  );
  expectError(
    await marketer.send("POST", "/v1/measurements", {
      json: { id: randomId("m"), agreementId: fitRate.id, value: 150, source: "app" },
    }),
    422,
  );

  const sdr = newUser("sdr");
  const confidence = await sdr.agree("outreach-confidence", 2);
  expectError(
    await sdr.send("POST", "/v1/goals", { json: { agreementId: confidence.id, target: 6, dueAt } }),
    422,
  );
  expectError(
    await sdr.send("POST", "/v1/measurements", {
      json: { id: randomId("m"), agreementId: confidence.id, value: 3.5, source: "scale" },
    }),
    422,
  );
  const goal = await sdr.setGoal(confidence.id, 3);
  expect(goal).toMatchObject({ startValue: 2, target: 3 });
  expect((await sdr.session()).measurements).toEqual([]);
});
