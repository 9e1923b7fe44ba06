import { demoCatalog } from "@goalpost/demo-data";
import { describe, expect, it } from "vitest";
import { createEmptyDb } from "./MockDb.ts";
import { deserializeDb, serializeDb } from "./serializeDb.ts";

describe("a saved database", () => {
  it("keeps the webhook endpoints with their secrets, the events and the delivery log", () => {
    const db = createEmptyDb(demoCatalog);
    const at = "2026-03-02T09:00:00.000Z";
    db.webhookEndpoints.push({
      id: "whep_1",
      url: "http://localhost:4000/hooks",
      eventTypes: ["pulse.submitted"],
      status: "enabled",
      createdAt: at,
      updatedAt: at,
      secret: "whsec_new",
      previousSecret: "whsec_old",
      previousSecretExpiresAt: "2026-03-03T09:00:00.000Z",
    });
    db.webhookEvents.push({
      id: "evt_1",
      type: "pulse.submitted",
      at,
      accountId: "acme",
      roleId: "sdr",
      data: { score: 2 },
    });
    db.webhookDeliveries.push({
      endpointId: "whep_1",
      eventId: "evt_1",
      accountId: "acme",
      status: "pending",
      attempts: 1,
      createdAt: at,
      lastAttemptAt: at,
      nextAttemptAt: "2026-03-02T09:00:20.000Z",
      responseStatus: 503,
      responseExcerpt: "busy",
    });
    db.webhookScheduledUntil = at;
    expect(deserializeDb(serializeDb(db))).toEqual(db);
  });

  it("saved before webhooks, reads with none", () => {
    const db = createEmptyDb(demoCatalog);
    const { webhookEndpoints, webhookEvents, webhookDeliveries, webhookScheduledUntil, ...old } =
      JSON.parse(serializeDb(db));
    expect(deserializeDb(JSON.stringify(old))).toEqual(db);
  });
});
