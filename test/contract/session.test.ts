import { describe, expect, test } from "vitest";
import { demo } from "./support/demo.ts";
import { newUser } from "./support/newUser.ts";

describe("GET /v1/session", () => {
  test.each(demo.roles)("a fresh %s sees the role's catalog and nothing else", async (roleId) => {
    const user = newUser(roleId);
    const session = await user.session();

    expect(session.user).toEqual({
      id: user.userId,
      accountId: user.accountId,
      roleId,
      name: user.name,
    });
    expect(session.role.id).toBe(roleId);
    expect(session.role.maturity.length).toBeGreaterThanOrEqual(3);

    const expected = demo.metrics.filter((metric) => metric.roleId === roleId);
    expect(session.catalog.metrics.map((metric) => metric.id).sort()).toEqual(
      expected.map((metric) => metric.id).sort(),
    );
    for (const want of expected) {
      const metric = session.catalog.metrics.find((m) => m.id === want.id);
      expect(metric?.roleIds).toContain(roleId);
      expect(metric?.unit.type).toBe(want.unit);
      expect(metric?.direction).toBe(want.direction);
      expect(metric?.collection).toBe(want.collection);
    }

    expect(session.catalog.valueElements.length).toBeGreaterThan(0);
    for (const element of session.catalog.valueElements) {
      expect(element.roleIds, `value element ${element.id}`).toContain(roleId);
    }

    expect(session.agreements).toEqual([]);
    expect(session.goals).toEqual([]);
    expect(session.measurements).toEqual([]);
    expect(typeof session.pulseDue).toBe("boolean");
  });

  test("the demo units carry what the contract fixes: hours and USD", async () => {
    const marketer = await newUser("digital-marketer").session();
    const hours = marketer.catalog.metrics.find((m) => m.id === "campaign-setup-hours");
    expect(hours?.unit).toMatchObject({ type: "duration", of: "hours" });
    const vp = await newUser("marketing-vp").session();
    const revenue = vp.catalog.metrics.find((m) => m.id === "web-revenue");
    expect(revenue?.unit).toMatchObject({ type: "currency", currency: "USD" });
    const sdr = await newUser("sdr").session();
    const confidence = sdr.catalog.metrics.find((m) => m.id === "outreach-confidence");
    expect(confidence?.scale?.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
  });

  test("users of one account and role share its data; the account exists from the first token", async () => {
    const first = newUser("sdr");
    const agreement = await first.agree("meetings-booked", 4);
    const colleague = newUser("sdr", { accountId: first.accountId });
    const session = await colleague.session();
    expect(session.user.id).toBe(colleague.userId);
    expect(session.agreements.map((a) => a.id)).toEqual([agreement.id]);
  });
});
