import { encodeSegment, hmacSegment, signToken, type UserClaims } from "./signToken.ts";

/**
 * Tokens a deployment must refuse with 401, each named by what is wrong with it. All of them name
 * the same user as `claims`, so only the defect can be the reason for the refusal.
 */
export function forgedTokens(claims: UserClaims, secret: string): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const valid = signToken(claims, secret);
  const [header = "", payload = "", signature = ""] = valid.split(".");
  const body = { exp: now + 3600, ...claims };

  const tamperedPayload = encodeSegment({ ...body, acc: `${claims.acc}-other` });
  const hs512Input = `${encodeSegment({ alg: "HS512", typ: "JWT" })}.${encodeSegment(body)}`;
  const noneHeader = encodeSegment({ alg: "none", typ: "JWT" });
  return {
    garbage: "not-a-token",
    "two segments": `${header}.${payload}`,
    "alg none, no signature": `${noneHeader}.${encodeSegment(body)}.`,
    "alg none, original signature": `${noneHeader}.${encodeSegment(body)}.${signature}`,
    "tampered payload": `${header}.${tamperedPayload}.${signature}`,
    "tampered signature": `${header}.${payload}.${flipFirstChar(signature)}`,
    "wrong secret": signToken(claims, `${secret}-wrong`),
    expired: signToken({ ...claims, exp: now - 120 }, secret),
    "no expiry claim": signToken({ ...claims, exp: undefined }, secret),
    "HS512 instead of HS256": `${hs512Input}.${hmacSegment(hs512Input, secret, "sha512")}`,
    "no account claim": signToken(withoutClaim(claims, "acc"), secret),
    "no role claim": signToken(withoutClaim(claims, "role"), secret),
  };
}

// The first character carries six whole bits; the last one partly padding a decoder may ignore.
function flipFirstChar(segment: string): string {
  return `${segment.startsWith("A") ? "B" : "A"}${segment.slice(1)}`;
}

function withoutClaim(claims: UserClaims, name: "acc" | "role"): UserClaims {
  const copy: Record<string, unknown> = { ...claims };
  delete copy[name];
  return copy as UserClaims;
}
