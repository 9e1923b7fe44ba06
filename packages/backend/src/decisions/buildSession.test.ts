import { describe, expect, it } from "vitest";
import {
  activeGoal,
  agreementOn,
  inDays,
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

  it("has a pulse due when a measure is in place and the user gave none recently", () => {
    expect(buildSession(input()).pulseDue).toBe(true);
    expect(buildSession(input({ pulsedRecently: true })).pulseDue).toBe(false);
    const { baseline: _none, ...noBaseline } = agreementOn();
    expect(buildSession(input({ agreements: [noBaseline] })).pulseDue).toBe(false);
    const later = agreementOn("meetings", { agreedAt: inDays(1) });
    expect(buildSession(input({ agreements: [later] })).pulseDue).toBe(false);
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
