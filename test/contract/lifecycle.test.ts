import { Agreement, Goal, Measurement } from "@goalpost/core";
import { expect, test } from "vitest";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

test("agree → baseline → goal → progress → achieved → next goal → abandon → retire", async () => {
  const user = newUser("digital-marketer");
  const { catalog } = await user.session();
  const elementId = catalog.valueElements[0]?.id ?? "";

  // Agree a metric; a second agreement for it conflicts.
  const agreed = expectOk(
    await user.send("POST", "/v1/agreements", { json: { metricId: "campaign-setup-hours" } }),
    201,
    Agreement,
  );
  expect(agreed).toMatchObject({
    accountId: user.accountId,
    roleId: "digital-marketer",
    metricId: "campaign-setup-hours",
    status: "agreed",
    proposedBy: "customer",
  });
  expect(agreed.agreedAt).toBeDefined();
  const again = await user.send("POST", "/v1/agreements", {
    json: { metricId: "campaign-setup-hours" },
  });
  expectError(again, 409);

  // Assess maturity and record the baseline; `source` defaults to the metric's collection.
  const withBaseline = expectOk(
    await user.send("PATCH", `/v1/agreements/${agreed.id}`, {
      json: { maturityLevel: 2, baseline: { value: 10 } },
    }),
    200,
    Agreement,
  );
  expect(withBaseline).toMatchObject({ id: agreed.id, maturityLevel: 2, status: "agreed" });
  expect(withBaseline.baseline).toMatchObject({ value: 10, source: "self" });

  // Set the goal (fewer hours: the metric decreases); a second active goal conflicts.
  const dueAt = daysFromNow(30);
  const goal = expectOk(
    await user.send("POST", "/v1/goals", {
      json: {
        agreementId: agreed.id,
        target: 8,
        dueAt,
        changes: "Reuse last quarter's campaign template",
        actions: [{ title: "Build a template", owner: "customer" }],
        valueElementIds: [elementId],
      },
    }),
    201,
    Goal,
  );
  expect(goal).toMatchObject({
    agreementId: agreed.id,
    startValue: 10,
    target: 8,
    status: "active",
    changes: "Reuse last quarter's campaign template",
    valueElementIds: [elementId],
  });
  expect(Date.parse(goal.dueAt)).toBe(Date.parse(dueAt));
  expect(goal.actions).toEqual([
    { id: expect.any(String), title: "Build a template", owner: "customer", done: false },
  ]);
  expect(goal.previousGoalId).toBeUndefined();
  const secondGoal = await user.send("POST", "/v1/goals", {
    json: { agreementId: agreed.id, target: 7, dueAt },
  });
  expectError(secondGoal, 409);

  // Tick the action and add a vendor one; `actions` replaces the list.
  const [action] = goal.actions;
  const ticked = expectOk(
    await user.send("PATCH", `/v1/goals/${goal.id}`, {
      json: {
        actions: [
          { ...action, done: true },
          { title: "Review the template together", owner: "vendor" },
        ],
      },
    }),
    200,
    Goal,
  );
  expect(ticked.actions).toEqual([
    { id: action?.id, title: "Build a template", owner: "customer", done: true },
    { id: expect.any(String), title: "Review the template together", owner: "vendor", done: false },
  ]);
  expect(ticked.status).toBe("active");

  // Progress, idempotent by id: a replay answers the stored one, another body conflicts.
  const progress = { id: randomId("m"), agreementId: agreed.id, value: 9, source: "self" };
  const logged = await user.send("POST", "/v1/measurements", { json: progress });
  const measurement = expectOk(logged, 201, Measurement);
  expect(measurement).toMatchObject({ ...progress, userId: user.userId });
  const replay = await user.send("POST", "/v1/measurements", { json: progress });
  expectOk(replay, 200, Measurement);
  expect(replay.body).toEqual(logged.body);
  const reused = await user.send("POST", "/v1/measurements", {
    json: { ...progress, value: 9.5 },
  });
  expectError(reused, 409);

  // Reaching the target achieves the goal.
  const reaching = await user.measure(agreed.id, 7.5, { note: "Template cut setup time" });
  expect(reaching).toMatchObject({ value: 7.5, note: "Template cut setup time" });
  const afterReach = await user.session();
  const achieved = afterReach.goals.find((g) => g.id === goal.id);
  expect(achieved?.status).toBe("achieved");
  expect(achieved?.achievedAt).toBeDefined();
  expect(Date.parse(achieved?.achievedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(goal.startAt));
  expect(afterReach.measurements.map((m) => m.id)).toEqual(
    expect.arrayContaining([reaching.id, measurement.id]),
  );
  expectError(
    await user.send("PATCH", `/v1/goals/${goal.id}`, { json: { status: "abandoned" } }),
    409,
    422,
  );

  // The next goal starts from the current value and chains to the achieved one.
  const next = await user.setGoal(agreed.id, 6);
  expect(next).toMatchObject({ previousGoalId: goal.id, startValue: 7.5, status: "active" });

  const abandoned = expectOk(
    await user.send("PATCH", `/v1/goals/${next.id}`, { json: { status: "abandoned" } }),
    200,
    Goal,
  );
  expect(abandoned.status).toBe("abandoned");

  const retired = expectOk(
    await user.send("PATCH", `/v1/agreements/${agreed.id}`, { json: { status: "retired" } }),
    200,
    Agreement,
  );
  expect(retired.status).toBe("retired");

  const final = await user.session();
  expect(final.goals.map((g) => [g.id, g.status]).sort()).toEqual(
    [
      [goal.id, "achieved"],
      [next.id, "abandoned"],
    ].sort(),
  );
  expect(final.agreements.find((a) => a.id === agreed.id)?.status).toBe("retired");
});

test("a retired agreement is no longer in place: the metric can be agreed again", async () => {
  const user = newUser("sdr");
  const first = await user.agree("meetings-booked", 3);
  expectOk(
    await user.send("PATCH", `/v1/agreements/${first.id}`, { json: { status: "retired" } }),
    200,
    Agreement,
  );
  const second = expectOk(
    await user.send("POST", "/v1/agreements", { json: { metricId: "meetings-booked" } }),
    201,
    Agreement,
  );
  expect(second.id).not.toBe(first.id);
});

test("unknown ids answer 404", async () => {
  const user = newUser("sdr");
  const agreement = await user.agree("meetings-booked", 3);
  const missing = randomId("missing");
  expectError(
    await user.send("PATCH", `/v1/agreements/${missing}`, { json: { maturityLevel: 1 } }),
    404,
  );
  expectError(
    await user.send("PATCH", `/v1/goals/${missing}`, { json: { status: "abandoned" } }),
    404,
  );
  expectError(await user.send("GET", `/v1/agreements/${missing}/measurements`), 404);
  expectError(
    await user.send("POST", "/v1/goals", {
      json: { agreementId: missing, target: 5, dueAt: daysFromNow(30) },
    }),
    404,
  );
  expectError(
    await user.send("POST", "/v1/measurements", {
      json: { id: randomId("m"), agreementId: missing, value: 5, source: "self" },
    }),
    404,
  );
  expectError(await user.send("POST", "/v1/agreements", { json: { metricId: missing } }), 404, 422);
  // A metric of another role is not the user's to agree.
  expectError(
    await user.send("POST", "/v1/agreements", { json: { metricId: "web-revenue" } }),
    403,
    404,
    422,
  );
  expect((await user.session()).agreements.map((a) => a.id)).toEqual([agreement.id]);
});
