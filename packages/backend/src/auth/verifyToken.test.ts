import { describe, expect, it } from "vitest";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { encodeBase64Url } from "./base64url.ts";
import { signToken } from "./signToken.ts";
import { verifyToken } from "./verifyToken.ts";

const secret = "test-secret";
const claims = { sub: "ana.torres", acc: "acme", role: "digital-marketer" };
const part = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

async function refusal(token: string, key = secret) {
  const result = await verifyToken(token, key, new Date());
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

  it("refuses things that are not JWTs", async () => {
    for (const token of ["", "abc", "a.b", "a.b.c.d", "!!.@@.##", `${part([1])}.${part({})}.x`]) {
      await refusal(token);
    }
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
