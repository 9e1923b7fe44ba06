import { describe, expect, it } from "vitest";
import {
  activeGoal,
  agreementOn,
  inDays,
  measurement,
  metrics,
  now,
  role,
  valueElements,
} from "../testFixtures.ts";
import { buildSession, type SessionInput } from "./buildSession.ts";

const user = { id: "sam", accountId: "acme", roleId: "sdr" };
const input = (fields: Partial<SessionInput> = {}): SessionInput => ({
  user,
  role,
  catalog: { roles: [role], metrics, valueElements },
  agreements: [agreementOn()],
  goals: [activeGoal()],
  measurements: [],
  pulsedRecently: false,
  latestValues: [],
  now,
  ...fields,
});

describe("buildSession", () => {
  it("gives the role's metrics and value elements, and the store's agreements and goals", () => {
    const session = buildSession(input());
    expect(session.catalog.metrics.map((m) => m.id)).toEqual([
      "meetings",
      "confidence",
      "fit-rate",
      "revenue",
    ]);
    expect(session.catalog.valueElements.map((v) => v.id)).toEqual(["alerts"]);
    expect(session).toMatchObject({
      user,
      role,
      agreements: [agreementOn()],
      goals: [activeGoal()],
    });
  });

  it("has a pulse due once the user logged progress on a measure in place, unless they gave one recently", () => {
    const logged = { measurements: [measurement(5)] };
    expect(buildSession(input(logged)).pulseDue).toBe(true);
    expect(buildSession(input({ ...logged, pulsedRecently: true })).pulseDue).toBe(false);
    const { baseline: _none, ...noBaseline } = agreementOn();
    expect(buildSession(input({ ...logged, agreements: [noBaseline] })).pulseDue).toBe(false);
    const later = agreementOn("meetings", { agreedAt: inDays(1) });
    expect(buildSession(input({ ...logged, agreements: [later] })).pulseDue).toBe(false);
  });

  it("asks for no pulse before the user experienced value: just after setting a first goal, or with only the product's data", () => {
    expect(buildSession(input()).pulseDue).toBe(false); // a goal set, nothing logged
    const app = measurement(40, { source: "app", agreementId: "agr_fit-rate" });
    expect(buildSession(input({ measurements: [app] })).pulseDue).toBe(false);
    const someoneElse = measurement(5, { userId: "kim" });
    expect(buildSession(input({ measurements: [someoneElse] })).pulseDue).toBe(false);
    // A goal achieved counts, however the data came (here: no entry of the user's at all).
    const achieved = activeGoal({ status: "achieved", achievedAt: inDays(-2) });
    expect(buildSession(input({ goals: [achieved] })).pulseDue).toBe(true);
  });

  it("asks for no pulse in the first 7 days after the role's first measure was in place", () => {
    const logged = { measurements: [measurement(5)] };
    const recent = agreementOn("meetings", { agreedAt: inDays(-6.9) });
    expect(buildSession(input({ ...logged, agreements: [recent] })).pulseDue).toBe(false);
    const settled = agreementOn("meetings", { agreedAt: inDays(-7) });
    expect(buildSession(input({ ...logged, agreements: [settled] })).pulseDue).toBe(true);
    const older = agreementOn("confidence", { id: "agr_confidence", agreedAt: inDays(-30) });
    expect(buildSession(input({ ...logged, agreements: [recent, older] })).pulseDue).toBe(true);
  });

  it("offers the newest app or integration value of each metric not in place", () => {
    const value = (metricId: string, days: number, source: "app" | "integration" = "app") => ({
      metricId,
      value: 40 + days,
      at: inDays(days),
      source,
    });
    const session = buildSession(
      input({
        agreements: [
          agreementOn(),
          agreementOn("revenue", { status: "retired", retiredAt: inDays(-2) }),
        ],
        latestValues: [
          value("fit-rate", -3),
          value("fit-rate", -1),
          value("revenue", -4, "integration"),
          value("meetings", -1), // in place: a goal's data, not an offer
          value("setup-hours", -1), // another role's metric
          value("confidence", -1), // a source the metric does not have
        ],
      }),
    );
    expect(session.latestValues).toEqual([
      value("fit-rate", -1),
      value("revenue", -4, "integration"),
    ]);
  });
});
