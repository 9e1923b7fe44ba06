import { createHmac } from "node:crypto";

/** Claims of a Goalpost user token (docs/tokens.md, "The token"). */
export interface UserClaims {
  /** User id. */
  sub: string;
  /** Account id. */
  acc: string;
  /** Role id. */
  role: string;
  /** Display name. */
  name?: string;
  /** Expiry, seconds since the epoch. Set to `undefined` to sign a token without one. */
  exp?: number | undefined;
  [claim: string]: unknown;
}

/** Encodes a value as JSON in base64url, the way JWT segments are. */
export function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** The HMAC signature segment for `header.payload`, with the given hash (`sha256` for HS256). */
export function hmacSegment(signingInput: string, secret: string, hash = "sha256"): string {
  return createHmac(hash, secret).update(signingInput).digest("base64url");
}

/**
 * Signs user claims as an HS256 JWT, like a vendor's backend does.
 * `exp` defaults to one hour from now; an explicit `exp: undefined` leaves the claim out.
 */
export function signToken(claims: UserClaims, secret: string): string {
  const payload = { exp: Math.floor(Date.now() / 1000) + 3600, ...claims };
  const signingInput = `${encodeSegment({ alg: "HS256", typ: "JWT" })}.${encodeSegment(payload)}`;
  return `${signingInput}.${hmacSegment(signingInput, secret)}`;
}
