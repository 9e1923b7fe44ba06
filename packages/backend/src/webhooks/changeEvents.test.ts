import { describe, expect, it } from "vitest";
import { activeGoal, agreementOn, measurement, now } from "../testFixtures.ts";
import {
  agreementEvents,
  goalEvents,
  measurementEvent,
  pulseEvent,
  subjectOf,
} from "./changeEvents.ts";

const types = (events: { type: string }[]) => events.map((e) => e.type);

describe("agreementEvents", () => {
  const agreed = agreementOn();
  const retired = { ...agreed, status: "retired" as const, retiredAt: now.toISOString() };

  it("tells a metric agreed, retired, and agreed again; not a change of level", () => {
    expect(types(agreementEvents(undefined, agreed, "sam", now))).toEqual(["metric.agreed"]);
    expect(types(agreementEvents(agreed, retired, "sam", now))).toEqual(["metric.retired"]);
    expect(types(agreementEvents(retired, agreed, "sam", now))).toEqual(["metric.agreed"]);
    expect(agreementEvents(agreed, { ...agreed, maturityLevel: 2 }, "sam", now)).toEqual([]);
  });

  it("carries who, when, and the agreement as the API returns it", () => {
    const [event] = agreementEvents(undefined, agreed, "sam", now);
    expect(event).toMatchObject({
      type: "metric.agreed",
      at: now.toISOString(),
      accountId: "acme",
      roleId: "sdr",
      userId: "sam",
      data: agreed,
    });
    expect(event?.id).toMatch(/^evt_/);
  });
});

describe("goalEvents", () => {
  const subject = subjectOf(agreementOn(), "sam");
  const goal = activeGoal();
  const achieved = { ...goal, status: "achieved" as const, achievedAt: now.toISOString() };

  it("tells a goal set, and achieved once", () => {
    expect(types(goalEvents(undefined, goal, subject, now))).toEqual(["goal.set"]);
    expect(types(goalEvents(goal, achieved, subject, now))).toEqual(["goal.achieved"]);
    expect(goalEvents(achieved, achieved, subject, now)).toEqual([]);
  });

  it("leaves a missed goal to the scheduler, and an abandoned one untold", () => {
    expect(goalEvents(goal, { ...goal, status: "missed" }, subject, now)).toEqual([]);
    expect(goalEvents(goal, { ...goal, status: "abandoned" }, subject, now)).toEqual([]);
  });
});

describe("measurementEvent and pulseEvent", () => {
  it("tell whose entry or answer it was, with the resource", () => {
    const entry = measurement(5);
    expect(measurementEvent("measurement.logged", entry, agreementOn(), now)).toMatchObject({
      type: "measurement.logged",
      accountId: "acme",
      roleId: "sdr",
      userId: "sam",
      data: entry,
    });
    const pulse = {
      id: "pulse_1",
      accountId: "acme",
      roleId: "sdr",
      userId: "sam",
      touchpoint: "product" as const,
      score: 2,
      at: now.toISOString(),
    };
    expect(pulseEvent(pulse)).toMatchObject({
      type: "pulse.submitted",
      at: pulse.at,
      userId: "sam",
      data: { score: 2 },
    });
  });
});
