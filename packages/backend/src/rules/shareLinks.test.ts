import { describe, expect, it } from "vitest";
import { newShareToken, shareLinkExpiry, shareLinkState, shareTokenHash } from "./shareLinks.ts";

const now = new Date("2026-06-01T09:00:00.000Z");

describe("share links", () => {
  it("open until they expire, closed once revoked", () => {
    const expiresAt = shareLinkExpiry({ days: 1 }, now);
    expect(expiresAt).toBe("2026-06-02T09:00:00.000Z");
    expect(shareLinkState({ expiresAt }, now)).toBe("open");
    expect(shareLinkState({ expiresAt }, new Date("2026-06-02T08:59:59.999Z"))).toBe("open");
    expect(shareLinkState({ expiresAt }, new Date(expiresAt))).toBe("expired");
    expect(shareLinkState({ expiresAt, revokedAt: now.toISOString() }, now)).toBe("revoked");
    expect(shareLinkExpiry({}, now)).toBe("2026-06-15T09:00:00.000Z");
  });

  it("tokens are long, random and stored only as a hash", async () => {
    const a = newShareToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newShareToken()).not.toBe(a);
    const hash = await shareTokenHash(a);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(a);
    expect(await shareTokenHash(a)).toBe(hash);
  });
});
