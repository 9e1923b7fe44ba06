import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { signToken } from "./signToken.ts";
import { defaultMaxTokenLifetimeSeconds, verifyToken } from "./verifyToken.ts";

const secret = "test-secret";
const claims = { sub: "ana.torres", acc: "acme", role: "digital-marketer" };
const part = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

async function refusal(token: string, key = secret, now = new Date()) {
  const result = await verifyToken(token, key, now);
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.reason;
}

describe("verifyToken", () => {
  it("accepts a token signed with the secret and returns its claims", async () => {
    const token = await signToken({ ...claims, name: "Ana Torres" }, secret);
    const result = await verifyToken(token, secret, new Date());
    expect(result).toEqual({
      ok: true,
      claims: { ...claims, name: "Ana Torres", exp: expect.any(Number) },
    });
  });

  it("has no default secret", async () => {
    // @ts-expect-error the secret is required
    await expect(signToken(claims)).rejects.toThrow(/signing secret/);
    await expect(signToken(claims, "")).rejects.toThrow(/signing secret/);
  });

  it("signs a plain HS256 JWT that any verifier can check", async () => {
    const [header = "", payload = "", signature = ""] = (await signToken(claims, secret)).split(
      ".",
    );
    const json = (part: string) => JSON.parse(new TextDecoder().decode(decodeBase64Url(part)));
    expect(json(header)).toEqual({ alg: "HS256", typ: "JWT" });
    expect(json(payload)).toEqual({ ...claims, iat: expect.any(Number), exp: expect.any(Number) });
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    const input = new TextEncoder().encode(`${header}.${payload}`);
    const bytes = decodeBase64Url(signature) ?? new Uint8Array(0);
    expect(await crypto.subtle.verify("HMAC", key, bytes, input)).toBe(true);
  });

  it("defaults exp to one hour", async () => {
    const token = await signToken(claims, secret);
    const result = await verifyToken(token, secret, new Date());
    if (!result.ok) throw new Error(result.reason);
    expect(result.claims.exp - Date.now() / 1000).toBeGreaterThan(3590);
    expect(result.claims.exp - Date.now() / 1000).toBeLessThanOrEqual(3600);
  });

  it("refuses an expired token, judged by the given clock", async () => {
    const exp = Math.floor(Date.parse("2026-01-01T00:00:00Z") / 1000);
    const token = await signToken({ ...claims, exp }, secret);
    expect((await verifyToken(token, secret, new Date("2025-12-31T23:59:00Z"))).ok).toBe(true);
    expect(await refusal(token)).toMatch(/expired/);
  });

  it('refuses alg "none", with or without a signature', async () => {
    const payload = part({ ...claims, exp: inAnHour() });
    expect(await refusal(`${part({ alg: "none", typ: "JWT" })}.${payload}.`)).toMatch(/"none"/);
    const signed = await signToken(claims, secret);
    const signature = signed.split(".")[2];
    expect(await refusal(`${part({ alg: "none" })}.${payload}.${signature}`)).toMatch(/"none"/);
  });

  it("refuses other algorithms, even when the HMAC would match", async () => {
    expect(
      await refusal(`${part({ alg: "HS512" })}.${part({ ...claims, exp: inAnHour() })}.abc`),
    ).toMatch(/HS512/);
  });

  it("refuses a tampered payload", async () => {
    const [header, , signature] = (await signToken(claims, secret)).split(".");
    const forged = part({ ...claims, acc: "globex", exp: inAnHour() });
    expect(await refusal(`${header}.${forged}.${signature}`)).toMatch(/signature/);
  });

  it("refuses a token signed with another secret", async () => {
    expect(await refusal(await signToken(claims, "another-secret"))).toMatch(/signature/);
  });

  it("refuses missing or invalid claims even when properly signed", async () => {
    const sign = (payload: Record<string, unknown>) =>
      signRaw({ alg: "HS256", typ: "JWT" }, payload);
    expect(await refusal(await sign({ ...claims }))).toMatch(/exp/);
    expect(await refusal(await sign({ acc: "acme", role: "sdr", exp: inAnHour() }))).toMatch(/sub/);
    expect(await refusal(await sign({ ...claims, acc: "a b", exp: inAnHour() }))).toMatch(/acc/);
    expect(await refusal(await sign({ ...claims, role: 7, exp: inAnHour() }))).toMatch(/role/);
    expect(await refusal(await sign({ ...claims, name: "  ", exp: inAnHour() }))).toMatch(/name/);
    expect(await refusal(await sign({ ...claims, exp: inAnHour(), nbf: inAnHour() }))).toMatch(
      /not valid yet/,
    );
  });

  it("refuses a non-numeric nbf or iat instead of ignoring it", async () => {
    const sign = (payload: Record<string, unknown>) =>
      signRaw({ alg: "HS256", typ: "JWT" }, { ...claims, exp: inAnHour(), ...payload });
    expect(await refusal(await sign({ nbf: "2026-01-01" }))).toMatch(/nbf claim is not a number/);
    expect(await refusal(await sign({ nbf: null }))).toMatch(/nbf claim is not a number/);
    expect(await refusal(await sign({ iat: "yesterday" }))).toMatch(/iat claim is not a number/);
  });

  it("refuses things that are not JWTs", async () => {
    for (const token of ["", "abc", "a.b", "a.b.c.d", "!!.@@.##", `${part([1])}.${part({})}.x`]) {
      await refusal(token);
    }
  });
});

describe("verifyToken's maximum lifetime", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const at = (seconds: number) => Math.floor(now.getTime() / 1000) + seconds;
  const signed = (payload: Record<string, unknown>) =>
    signRaw({ alg: "HS256", typ: "JWT" }, { ...claims, ...payload });

  it("refuses by default a token that expires more than 24 hours from now", async () => {
    expect(defaultMaxTokenLifetimeSeconds).toBe(86_400);
    const day = await signed({ exp: at(86_400) });
    expect((await verifyToken(day, secret, now)).ok).toBe(true);
    const longer = await signed({ exp: at(86_401) });
    expect(await refusal(longer, secret, now)).toMatch(/86401 s from now, later than the 86400 s/);
  });

  it("refuses an exp written in milliseconds, and says so", async () => {
    const token = await signed({ exp: now.getTime() + 3_600_000 });
    expect(await refusal(token, secret, now)).toMatch(/exp looks like milliseconds/);
  });

  it("takes another maximum", async () => {
    const token = await signed({ exp: at(3600) });
    const options = { maxLifetimeSeconds: 600 };
    expect(await verifyToken(token, secret, now, options)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/later than the 600 s/),
    });
    expect(
      (await verifyToken(token, secret, new Date(now.getTime() + 3_000_000), options)).ok,
    ).toBe(true);
  });

  it("measures from now, not from iat: a long-lived token is refused whatever its iat", async () => {
    const issuedLongAgo = await signed({ iat: at(-30 * 86_400), exp: at(3600) });
    expect((await verifyToken(issuedLongAgo, secret, now)).ok).toBe(true);
    const claimsShortLife = await signed({ iat: at(30 * 86_400), exp: at(30 * 86_400 + 60) });
    expect(await refusal(claimsShortLife, secret, now)).toMatch(/later than the 86400 s/);
  });
});

describe("adminKeyMatches", () => {
  it("matches only the exact key", async () => {
    expect(await adminKeyMatches("demo-admin-key", "demo-admin-key")).toBe(true);
    expect(await adminKeyMatches("demo-admin-kez", "demo-admin-key")).toBe(false);
    expect(await adminKeyMatches("demo-admin-key-longer", "demo-admin-key")).toBe(false);
    expect(await adminKeyMatches("", "demo-admin-key")).toBe(false);
  });
});

async function signRaw(header: unknown, payload: unknown): Promise<string> {
  const input = `${part(header)}.${part(payload)}`;
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(input));
  return `${input}.${encodeBase64Url(new Uint8Array(signature))}`;
}
