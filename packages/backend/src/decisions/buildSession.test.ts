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
});
