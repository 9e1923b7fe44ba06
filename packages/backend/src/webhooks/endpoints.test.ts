import { describe, expect, it } from "vitest";
import { now } from "../testFixtures.ts";
import {
  changeWebhookEndpoint,
  decodeDeliveryCursor,
  encodeDeliveryCursor,
  newWebhookEndpoint,
  publicWebhookEndpoint,
  replayRange,
  rotateWebhookSecret,
  type StoredWebhookEndpoint,
  signingSecrets,
  wantsEvent,
} from "./endpoints.ts";

const made = (body: Parameters<typeof newWebhookEndpoint>[0]) => {
  const endpoint = newWebhookEndpoint(body, now);
  if (!("secret" in endpoint)) throw new Error(endpoint.message);
  return endpoint;
};
const later = new Date(now.getTime() + 60_000);

describe("newWebhookEndpoint", () => {
  it("makes an enabled endpoint with a secret of its own, its URL normalised", () => {
    const endpoint = made({
      url: "https://CRM.example.com/hooks",
      eventTypes: ["goal.set", "goal.set"],
    });
    expect(endpoint).toMatchObject({
      url: "https://crm.example.com/hooks",
      status: "enabled",
      eventTypes: ["goal.set"],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(endpoint.id).toMatch(/^whep_/);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(made({ url: "https://crm.example.com/" }).secret).not.toBe(endpoint.secret);
    expect(made({ url: "https://crm.example.com/", enabled: false }).status).toBe("disabled");
  });

  it("refuses what checkWebhookUrl refuses, at url", () => {
    for (const url of ["ftp://example.com/", "http://example.com/", "https://10.0.0.1/"]) {
      expect(newWebhookEndpoint({ url }, now)).toMatchObject({
        kind: "invalid",
        issues: [{ path: ["url"] }],
      });
    }
    expect(
      newWebhookEndpoint({ url: "https://10.0.0.1/" }, now, { allowPrivate: true }),
    ).toHaveProperty("secret");
  });
});

describe("changeWebhookEndpoint", () => {
  const endpoint = made({
    url: "https://crm.example.com/",
    description: "CRM",
    eventTypes: ["goal.set"],
  });

  it("changes what is given, clears what is null, and stamps the change", () => {
    const changed = changeWebhookEndpoint(
      endpoint,
      { description: null, eventTypes: null, enabled: false },
      later,
    ) as StoredWebhookEndpoint;
    expect(changed).not.toHaveProperty("description");
    expect(changed).not.toHaveProperty("eventTypes");
    expect(changed.status).toBe("disabled");
    expect(changed.updatedAt).toBe(later.toISOString());
    expect(changed.secret).toBe(endpoint.secret);
  });

  it("answers the same endpoint when nothing changes", () => {
    expect(changeWebhookEndpoint(endpoint, { description: "CRM", enabled: true }, later)).toBe(
      endpoint,
    );
  });

  it("checks a new URL", () => {
    expect(
      changeWebhookEndpoint(endpoint, { url: "http://crm.example.com/" }, later),
    ).toMatchObject({
      kind: "invalid",
    });
  });
});

describe("rotating the secret", () => {
  const endpoint = made({ url: "https://crm.example.com/" });

  it("signs with both secrets through the overlap, then with the new one alone", () => {
    const rotated = rotateWebhookSecret(endpoint, { overlapSeconds: 3600 }, now);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated.previousSecretExpiresAt).toBe(new Date(now.getTime() + 3_600_000).toISOString());
    expect(signingSecrets(rotated, later)).toEqual([rotated.secret, endpoint.secret]);
    expect(signingSecrets(rotated, new Date(now.getTime() + 3_600_000))).toEqual([rotated.secret]);
  });

  it("overlaps a day by default, and not at all with 0", () => {
    const rotated = rotateWebhookSecret(endpoint, {}, now);
    expect(Date.parse(rotated.previousSecretExpiresAt ?? "") - now.getTime()).toBe(86_400_000);
    const abrupt = rotateWebhookSecret(rotated, { overlapSeconds: 0 }, later);
    expect(abrupt).not.toHaveProperty("previousSecret");
    expect(signingSecrets(abrupt, later)).toEqual([abrupt.secret]);
  });

  it("never shows a secret", () => {
    const rotated = rotateWebhookSecret(endpoint, {}, now);
    const shown = publicWebhookEndpoint(rotated, { pending: 0, failed: 0 });
    expect(JSON.stringify(shown)).not.toContain("whsec_");
    expect(shown.previousSecretExpiresAt).toBe(rotated.previousSecretExpiresAt);
  });
});

describe("wantsEvent", () => {
  it("is every type without a filter, the filter's with one, none when disabled", () => {
    const all = made({ url: "https://crm.example.com/" });
    const some = made({ url: "https://crm.example.com/", eventTypes: ["goal.missed"] });
    expect(wantsEvent(all, "pulse.submitted")).toBe(true);
    expect(wantsEvent(some, "pulse.submitted")).toBe(false);
    expect(wantsEvent(some, "goal.missed")).toBe(true);
    expect(wantsEvent({ ...all, status: "disabled" }, "goal.missed")).toBe(false);
  });
});

describe("replayRange", () => {
  it("takes an event id alone, or a range of at most 31 days", () => {
    expect(replayRange({ eventId: "evt_1" })).toEqual({ eventId: "evt_1" });
    expect(replayRange({ from: "2026-12-01T00:00:00Z", to: "2026-12-02T00:00:00Z" })).toEqual({
      from: new Date("2026-12-01T00:00:00Z"),
      to: new Date("2026-12-02T00:00:00Z"),
    });
    const refused = [
      {},
      { eventId: "evt_1", from: "2026-12-01T00:00:00Z" },
      { from: "2026-12-01T00:00:00Z" },
      { from: "2026-12-02T00:00:00Z", to: "2026-12-02T00:00:00Z" },
      { from: "2026-10-01T00:00:00Z", to: "2026-12-02T00:00:00Z" },
    ];
    for (const body of refused) expect(replayRange(body)).toMatchObject({ kind: "invalid" });
  });
});

describe("delivery-log cursors", () => {
  it("come back to the same event for the same endpoint and status only", () => {
    const cursor = encodeDeliveryCursor("evt_7", "whep_1", { status: "failed" });
    expect(decodeDeliveryCursor(cursor, "whep_1", { status: "failed" })).toBe("evt_7");
    expect(decodeDeliveryCursor(cursor, "whep_1", {})).toMatchObject({ kind: "invalid" });
    expect(decodeDeliveryCursor(cursor, "whep_2", { status: "failed" })).toMatchObject({
      kind: "invalid",
    });
    expect(decodeDeliveryCursor("garbage", "whep_1", {})).toMatchObject({ kind: "invalid" });
  });
});
