import { createHmac } from "node:crypto";
import { adminKeyMatches, verifyToken } from "@goalpost/backend";
import { describe, expect, it } from "vitest";
import { adminKeyMatchesOnNode, verifyTokenOnNode } from "./nodeCrypto.ts";

const secret = "a-signing-secret-of-at-least-32-characters";
const now = new Date("2026-03-02T09:00:00.000Z");
const seconds = now.getTime() / 1000;
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const sign = (input: string, key = secret) =>
  createHmac("sha256", key).update(input).digest("base64url");
/** A JWT of these header and claims, signed with HMAC-SHA-256 whatever the header says. */
const token = (claims: unknown, header: unknown = { alg: "HS256", typ: "JWT" }, key = secret) => {
  const input = `${part(header)}.${part(claims)}`;
  return `${input}.${sign(input, key)}`;
};
const claims = { sub: "ana", acc: "acme", role: "sdr", exp: seconds + 600 };
/** The last character of a signature with the unused low bits set: the same bytes to jose. */
const nonCanonical = (jwt: string) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const last = jwt.at(-1) ?? "A";
  return `${jwt.slice(0, -1)}${alphabet[alphabet.indexOf(last) | 3]}`;
};

const cases: [string, string][] = [
  ["a valid token", token(claims)],
  [
    "a valid token with a name, nbf and iat",
    token({ ...claims, name: " Ana ", nbf: seconds - 5, iat: seconds - 5 }),
  ],
  ["an expired token", token({ ...claims, exp: seconds })],
  ["a token not valid yet", token({ ...claims, nbf: seconds + 1 })],
  ["a string nbf", token({ ...claims, nbf: String(seconds) })],
  ["a string iat", token({ ...claims, iat: "yesterday" })],
  ["a token without exp", token({ sub: "ana", acc: "acme", role: "sdr" })],
  ["a string exp", token({ ...claims, exp: String(seconds + 600) })],
  ["a token living too long", token({ ...claims, exp: seconds + 3 * 86_400 })],
  ["an invalid id", token({ ...claims, acc: "a c m e" })],
  ["another secret", token(claims, undefined, "another-secret-of-at-least-32-characters!")],
  ["alg none", `${part({ alg: "none" })}.${part(claims)}.`],
  ["alg HS512 signed as HS256", token(claims, { alg: "HS512" })],
  ["a crit header", token(claims, { alg: "HS256", crit: ["b64"], b64: false })],
  ["an array payload", token([claims])],
  [
    "a payload that is no JSON",
    (() => {
      const input = `${part({ alg: "HS256" })}.${Buffer.from("{nope").toString("base64url")}`;
      return `${input}.${sign(input)}`;
    })(),
  ],
  ["a header that is no JSON", `bm9wZQ.${part(claims)}.${sign(`bm9wZQ.${part(claims)}`)}`],
  [
    "a tampered payload",
    (() => {
      const jwt = token(claims);
      const [h, , s] = jwt.split(".");
      return `${h}.${part({ ...claims, role: "admin" })}.${s}`;
    })(),
  ],
  ["a signature in non-canonical base64url", nonCanonical(token(claims))],
  ["two parts", token(claims).split(".").slice(0, 2).join(".")],
  ["a padded signature", `${token(claims)}=`],
];

describe("HS256 on node:crypto", () => {
  it.each(cases)("decides %s as jose does", async (_, jwt) => {
    const options = { maxLifetimeSeconds: 86_400 };
    expect(await verifyTokenOnNode(jwt, secret, now, options)).toEqual(
      await verifyToken(jwt, secret, now, options),
    );
  });

  it("accepts a valid token without jose (synchronously)", () => {
    const verified = verifyTokenOnNode(token(claims), secret, now, {});
    expect(verified).not.toBeInstanceOf(Promise);
    expect(verified).toEqual({ ok: true, claims });
  });

  it("compares admin keys as adminKeyMatches does", async () => {
    for (const [presented, expected] of [
      ["the-admin-key", "the-admin-key"],
      ["the-admin-key", "the-admin-kez"],
      ["", "the-admin-key"],
      ["the-admin-key-and-more", "the-admin-key"],
    ] as const) {
      expect(adminKeyMatchesOnNode(presented, expected)).toBe(
        await adminKeyMatches(presented, expected),
      );
    }
  });
});
