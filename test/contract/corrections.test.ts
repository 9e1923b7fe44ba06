import {
  Agreement,
  AgreementHistory,
  Measurement,
  MeasurementHistory,
  MeasurementPage,
  type Session,
} from "@goalpost/core";
import { AccountReport, IngestResult } from "@goalpost/core/admin";
import { describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

const correct = (user: TestUser, id: string, json: unknown) =>
  user.send("PATCH", `/v1/measurements/${id}`, { json });
const remove = (user: TestUser, id: string) => user.send("DELETE", `/v1/measurements/${id}`);
const history = async (user: TestUser, id: string) =>
  expectOk(await user.send("GET", `/v1/measurements/${id}/history`), 200, MeasurementHistory);
const goalOf = (session: Session, id: string) => session.goals.find((g) => g.id === id);

describe("PATCH /v1/measurements/:id", () => {
  test("corrects the value and note, keeps what it was, and answers a retry the same", async () => {
    const user = newUser("sdr");
    const agreement = await user.agree("meetings-booked", 2);
    const logged = await user.measure(agreement.id, 50, { note: "typo" });

    const corrected = expectOk(await correct(user, logged.id, { value: 5 }), 200, Measurement);
    expect(corrected).toMatchObject({ id: logged.id, value: 5, note: "typo", at: logged.at });
    expect(corrected.correctedAt).toBeDefined();
    // The same body again: the same answer, and no second correction in the history.
    const retried = expectOk(await correct(user, logged.id, { value: 5 }), 200, Measurement);
    expect(retried).toEqual(corrected);
    const cleared = expectOk(await correct(user, logged.id, { note: null }), 200, Measurement);
    expect(cleared.note).toBeUndefined();

    const { measurement, corrections } = await history(user, logged.id);
    expect(measurement).toEqual(cleared);
    expect(corrections).toEqual([
      expect.objectContaining({
        userId: user.userId,
        action: "corrected",
        before: { value: 50, note: "typo" },
        after: { value: 5, note: "typo" },
      }),
      expect.objectContaining({
        action: "corrected",
        before: { value: 5, note: "typo" },
        after: { value: 5 },
      }),
    ]);
    // Lists and the session show the corrected entry.
    const page = expectOk(
      await user.send("GET", `/v1/agreements/${agreement.id}/measurements`),
      200,
      MeasurementPage,
    );
    expect(page.items.map((m) => [m.id, m.value])).toEqual([[logged.id, 5]]);
    expect((await user.session()).measurements.find((m) => m.id === logged.id)?.value).toBe(5);
  });

  test("checks the value as on creation, and a body with nothing to change", async () => {
    const user = newUser("sdr");
    const confidence = await user.agree("outreach-confidence", 2);
    const logged = await user.measure(confidence.id, 3, { source: "scale" });
    expectIssueAt(expectError(await correct(user, logged.id, { value: 9 }), 422), ["value"]);
    expectIssueAt(expectError(await correct(user, logged.id, { value: 2.5 }), 422), ["value"]);
    expectError(await correct(user, logged.id, {}), 422);
    expectIssueAt(expectError(await correct(user, logged.id, { at: daysFromNow(-1) }), 422), [
      "at",
    ]);
    expect((await history(user, logged.id)).corrections).toEqual([]);
  });
});

describe("DELETE /v1/measurements/:id", () => {
  test("leaves a tombstone, answers it again, and the entry is gone from every read", async () => {
    const user = newUser("sdr");
    const agreement = await user.agree("meetings-booked", 2);
    // Taken after the baseline (set now), so each is the current value in turn.
    const kept = await user.measure(agreement.id, 3);
    const logged = await user.measure(agreement.id, 40, { note: "oops" });

    const tombstone = expectOk(await remove(user, logged.id), 200, Measurement);
    expect(tombstone).toMatchObject({ id: logged.id, value: 40 });
    expect(tombstone.deletedAt).toBeDefined();
    expect(expectOk(await remove(user, logged.id), 200, Measurement)).toEqual(tombstone);
    expectError(await correct(user, logged.id, { value: 4 }), 409);

    const session = await user.session();
    expect(session.measurements.map((m) => m.id)).toEqual([kept.id]);
    const page = expectOk(
      await user.send("GET", `/v1/agreements/${agreement.id}/measurements`),
      200,
      MeasurementPage,
    );
    expect(page.items.map((m) => m.id)).toEqual([kept.id]);
    const report = expectOk(
      await admin("GET", `/v1/admin/accounts/${user.accountId}/report`),
      200,
      AccountReport,
    );
    const row = report.roles.flatMap((r) => r.metrics).find((m) => m.agreement.id === agreement.id);
    expect(row?.current?.value).toBe(3);

    // The history keeps the tombstone and what it was; a replay of the create does not revive it.
    const { measurement, corrections } = await history(user, logged.id);
    expect(measurement).toEqual(tombstone);
    expect(corrections).toEqual([
      expect.objectContaining({
        userId: user.userId,
        action: "deleted",
        before: { value: 40, note: "oops" },
      }),
    ]);
    const replay = await user.send("POST", "/v1/measurements", {
      json: { id: logged.id, agreementId: agreement.id, value: 40, source: "self", note: "oops" },
    });
    expect(expectOk(replay, 200, Measurement)).toEqual(tombstone);
    expect((await user.session()).measurements.map((m) => m.id)).toEqual([kept.id]);
  });
});

describe("who may correct", () => {
  test("another account's entry is not found; another role's, another user's and app data are forbidden", async () => {
    const owner = newUser("sdr");
    const agreement = await owner.agree("meetings-booked", 2);
    const logged = await owner.measure(agreement.id, 3);
    const stranger = newUser("sdr");
    const colleague = newUser("sdr", { accountId: owner.accountId });
    const otherRole = newUser("digital-marketer", { accountId: owner.accountId });

    const missing = randomId("m");
    for (const id of [logged.id, missing]) {
      const notFound = expectError(await correct(stranger, id, { value: 4 }), 404);
      expect(notFound.error.message).not.toContain(owner.accountId);
      expectError(await remove(stranger, id), 404);
      expectError(await stranger.send("GET", `/v1/measurements/${id}/history`), 404);
    }
    expectError(await correct(otherRole, logged.id, { value: 4 }), 403);
    expectError(await remove(otherRole, logged.id), 403);
    // Users of the role share its data: a colleague reads the history but corrects only their own.
    expect((await history(colleague, logged.id)).measurement.id).toBe(logged.id);
    expectError(await correct(colleague, logged.id, { value: 4 }), 403);
    expectError(await remove(colleague, logged.id), 403);

    const contacts = await owner.agree("qualified-contacts", 10);
    const recorded = await owner.measure(contacts.id, 12, { source: "app" });
    expectError(await correct(owner, recorded.id, { value: 13 }), 403);
    expectError(await remove(owner, recorded.id), 403);

    // A retired agreement's entries stay as they are, as it takes no new ones.
    await owner.send("PATCH", `/v1/agreements/${agreement.id}`, { json: { status: "retired" } });
    expectError(await correct(owner, logged.id, { value: 4 }), 409);
    expect((await history(owner, logged.id)).corrections).toEqual([]);
  });
});

describe("goal status follows corrections", () => {
  test("an entry corrected below the target reopens the goal; one corrected to meet it achieves it", async () => {
    const user = newUser("sdr");
    const agreement = await user.agree("meetings-booked", 4);
    const goal = await user.setGoal(agreement.id, 6);
    const reached = await user.measure(agreement.id, 60);
    expect(goalOf(await user.session(), goal.id)?.status).toBe("achieved");

    await correct(user, reached.id, { value: 5 });
    const reopened = goalOf(await user.session(), goal.id);
    expect(reopened).toMatchObject({ status: "active", startValue: 4, target: 6 });
    expect(reopened?.achievedAt).toBeUndefined();
    expect(reopened?.closedAt).toBeUndefined();

    await correct(user, reached.id, { value: 6 });
    expect(goalOf(await user.session(), goal.id)).toMatchObject({
      status: "achieved",
      achievedAt: reached.at,
      startValue: 4,
    });

    await remove(user, reached.id);
    expect(goalOf(await user.session(), goal.id)).toMatchObject({
      status: "active",
      startValue: 4,
    });
    // Reopened, it takes new progress as before.
    await user.measure(agreement.id, 7);
    expect(goalOf(await user.session(), goal.id)?.status).toBe("achieved");
  });

  test("the account report counts goals and values as the corrected data says", async () => {
    const user = newUser("sdr");
    const agreement = await user.agree("meetings-booked", 4);
    await user.setGoal(agreement.id, 6);
    const reached = await user.measure(agreement.id, 9);
    const row = async () => {
      const report = expectOk(
        await admin("GET", `/v1/admin/accounts/${user.accountId}/report`),
        200,
        AccountReport,
      );
      return report.roles.flatMap((r) => r.metrics).find((m) => m.agreement.id === agreement.id);
    };
    expect(await row()).toMatchObject({ current: { value: 9 }, goals: { achieved: 1, active: 0 } });
    await correct(user, reached.id, { value: 5 });
    expect(await row()).toMatchObject({
      current: { value: 5 },
      gain: { absolute: 1 },
      goals: { achieved: 0, active: 1 },
    });
    await remove(user, reached.id);
    expect(await row()).toMatchObject({ current: { value: 4 }, goals: { achieved: 0, active: 1 } });
  });
});

describe("agreement history", () => {
  test("a change of maturity level or baseline is kept with who and when", async () => {
    const user = newUser("digital-marketer");
    const agreement = await user.agree("campaign-setup-hours", 0);
    await user.send("PATCH", `/v1/agreements/${agreement.id}`, { json: { maturityLevel: 2 } });
    const rebased = expectOk(
      await user.send("PATCH", `/v1/agreements/${agreement.id}`, {
        json: { maturityLevel: 3, baseline: { value: 6 } },
      }),
      200,
      Agreement,
    );
    // A status change is no change of either.
    await user.send("PATCH", `/v1/agreements/${agreement.id}`, { json: { status: "agreed" } });

    const found = expectOk(
      await user.send("GET", `/v1/agreements/${agreement.id}/history`),
      200,
      AgreementHistory,
    );
    expect(found.agreement).toEqual(rebased);
    expect(found.changes).toEqual([
      // The first baseline came with the helper's PATCH too.
      expect.objectContaining({
        userId: user.userId,
        before: {},
        after: { baseline: agreement.baseline },
      }),
      expect.objectContaining({ before: {}, after: { maturityLevel: 2 } }),
      expect.objectContaining({
        before: { maturityLevel: 2, baseline: agreement.baseline },
        after: { maturityLevel: 3, baseline: rebased.baseline },
      }),
    ]);
    expectError(
      await newUser("digital-marketer").send("GET", `/v1/agreements/${agreement.id}/history`),
      404,
    );
  });
});

describe("a typed value is the user's", () => {
  test("a baseline typed for an app or integration metric is labelled self", async () => {
    const user = newUser("digital-marketer");
    const agreed = expectOk(
      await user.send("POST", "/v1/agreements", {
        json: { metricId: "icp-fit-rate", baseline: { value: 90 } },
      }),
      201,
      Agreement,
    );
    expect(agreed.baseline).toMatchObject({ value: 90, source: "self" });
    const vp = newUser("marketing-vp");
    expect((await vp.agree("web-revenue", 1000)).baseline?.source).toBe("self");
  });

  test("the session offers the latest ingested value of a metric not agreed yet", async () => {
    const user = newUser("marketing-vp");
    const point = (value: number, days: number) => ({
      id: randomId("crm"),
      accountId: user.accountId,
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value,
      at: daysFromNow(days),
      source: "integration",
    });
    const newest = point(61_200, -1);
    const first = expectOk(
      await admin("POST", "/v1/ingest/measurements", {
        json: { measurements: [newest, point(50_000, -3)] },
      }),
      200,
      IngestResult,
    );
    // No measure in place: no measurement is created, but the point is kept to offer.
    expect(first.results.map((r) => [r.status, r.error?.code])).toEqual([
      ["rejected", "not_found"],
      ["rejected", "not_found"],
    ]);
    const offered = (await user.session()).latestValues ?? [];
    expect(offered).toEqual([
      { metricId: "web-revenue", value: 61_200, at: newest.at, source: "integration" },
    ]);
    // Taken as the baseline, it keeps its source; then it is no longer offered.
    const latest = offered[0];
    const agreed = expectOk(
      await user.send("POST", "/v1/agreements", {
        json: {
          metricId: "web-revenue",
          baseline: { value: latest?.value, at: latest?.at, source: "integration" },
        },
      }),
      201,
      Agreement,
    );
    expect(agreed.baseline).toMatchObject({ value: 61_200, source: "integration" });
    expect((await user.session()).latestValues ?? []).toEqual([]);
  });

  test("an app value of an earlier agreement is offered once it is retired", async () => {
    const user = newUser("sdr");
    const contacts = await user.agree("qualified-contacts", 10);
    await user.measure(contacts.id, 14, { source: "app", at: daysFromNow(-1) });
    expect((await user.session()).latestValues ?? []).toEqual([]);
    await user.send("PATCH", `/v1/agreements/${contacts.id}`, { json: { status: "retired" } });
    expect((await user.session()).latestValues).toEqual([
      { metricId: "qualified-contacts", value: 14, at: expect.any(String), source: "app" },
    ]);
  });
});
