import { describe, expect, it } from "vitest";
import { encodeBase64Url } from "../base64url.ts";
import { ApiError } from "../http/ApiError.ts";
import { authenticateAdmin } from "./authenticateAdmin.ts";
import { authenticateConsole } from "./authenticateConsole.ts";
import { signConsoleToken, verifyConsoleToken } from "./consoleToken.ts";
import { signToken } from "./signToken.ts";

const adminKey = "test-admin-key";
const now = new Date("2026-06-01T09:00:00Z");
const at = (seconds: number) => Math.floor(now.getTime() / 1000) + seconds;
const staff = { sub: "dana.cs", name: "Dana Whit" };
const bearer = (token: string) =>
  new Request("http://x/v1/admin/kpis", { headers: { authorization: `Bearer ${token}` } });

async function signed(payload: Record<string, unknown>, key = adminKey): Promise<string> {
  const part = (v: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(v)));
  const input = `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}`;
  const hmac = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("HMAC", hmac, new TextEncoder().encode(input));
  return `${input}.${encodeBase64Url(new Uint8Array(signature))}`;
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe("verifyConsoleToken", () => {
  it("accepts a token signed with the admin key, scoped console, for 8 hours by default", async () => {
    const token = await signConsoleToken(staff, adminKey, now);
    const result = await verifyConsoleToken(token, adminKey, now);
    expect(result).toEqual({ ok: true, claims: { ...staff, scope: "console", exp: at(8 * 3600) } });
  });

  it("refuses with 401 an expired, tampered, foreign or too long-lived token", async () => {
    const expired = await signConsoleToken({ ...staff, exp: at(-1) }, adminKey, now);
    const [header, , signature] = (await signConsoleToken(staff, adminKey, now)).split(".");
    const body = encodeBase64Url(
      new TextEncoder().encode(
        JSON.stringify({ ...staff, sub: "mallory", scope: "console", exp: at(60) }),
      ),
    );
    const cases = [
      [expired, /expired/],
      [`${header}.${body}.${signature}`, /signature/],
      [await signConsoleToken(staff, "another-key", now), /signature/],
      [await signed({ ...staff, scope: "console", exp: at(13 * 3600) }), /later than the 43200 s/],
      [await signed({ name: "Dana", scope: "console", exp: at(60) }), /sub/],
      [await signed({ sub: "dana", scope: "console", exp: at(60) }), /name/],
    ] as const;
    for (const [token, reason] of cases) {
      const result = await verifyConsoleToken(token, adminKey, now);
      expect(result).toMatchObject({
        ok: false,
        status: 401,
        reason: expect.stringMatching(reason),
      });
    }
  });

  it("refuses with 403 a genuine token of another scope, or of none", async () => {
    for (const scope of ["admin", undefined]) {
      const token = await signed({ ...staff, scope, exp: at(600) });
      expect(await verifyConsoleToken(token, adminKey, now)).toMatchObject({
        ok: false,
        status: 403,
      });
    }
  });
});

describe("authenticateConsole and authenticateAdmin", () => {
  it("a console token reads and never writes; the admin key does both", async () => {
    const token = await signConsoleToken(staff, adminKey, now);
    expect(await authenticateConsole(bearer(token), adminKey, now)).toMatchObject({
      kind: "console",
      claims: staff,
    });
    expect(await authenticateConsole(bearer(adminKey), adminKey, now)).toEqual({ kind: "admin" });
    expect(await statusOf(authenticateAdmin(bearer(token), adminKey, now))).toBe(403);
    expect(await statusOf(authenticateAdmin(bearer(adminKey), adminKey, now))).toBe(200);
  });

  it("a user token, signed with the signing secret, reads nothing of the console", async () => {
    const user = await signToken({ sub: "ana", acc: "acme", role: "sdr" }, "signing-secret");
    expect(await statusOf(authenticateConsole(bearer(user), adminKey, now))).toBe(401);
    expect(await statusOf(authenticateAdmin(bearer(user), adminKey, now))).toBe(401);
  });

  it("says how to get a new link when it refuses a token", async () => {
    const expired = await signConsoleToken({ ...staff, exp: at(-60) }, adminKey, now);
    await expect(authenticateConsole(bearer(expired), adminKey, now)).rejects.toThrow(
      /expired; ask for a new console link/,
    );
  });
});
