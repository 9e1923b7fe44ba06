import { Id, Name } from "@goalpost/core/contract";
import {
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  jwtVerify,
  type ProtectedHeaderParameters,
} from "jose";
import { hmacKey } from "./hmacKey.ts";
import type { TokenClaims } from "./signToken.ts";

/** The outcome of {@link verifyToken}: the claims, or why the token was refused. */
export type TokenVerification = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Options of {@link verifyToken}. */
export interface VerifyTokenOptions {
  /**
   * The longest a token may still have to live: one whose `exp` lies more than this many
   * seconds after `now` is refused, whatever its `iat` says.
   * @default defaultMaxTokenLifetimeSeconds (24 hours)
   */
  maxLifetimeSeconds?: number;
}

/**
 * The default of {@link VerifyTokenOptions.maxLifetimeSeconds}: 24 hours. Vendors sign user
 * tokens for minutes and console tokens for a few hours; a day leaves room for both and for
 * clock skew, and refuses an `exp` in milliseconds (the year 58,000) or a token of weeks.
 */
export const defaultMaxTokenLifetimeSeconds = 24 * 60 * 60;

/**
 * Verifies a user token with `jose`: an HS256 JWT signed with `secret`, valid at `now` (`exp`
 * past it and at most `maxLifetimeSeconds` ahead of it, `nbf` numeric and not after it), naming
 * a user (`sub`), an account (`acc`) and a role (`role`) as valid ids. Any other algorithm
 * (`none` included), a bad signature, a tampered part or a missing claim is refused with a
 * reason. Web Crypto only, so it runs the same in a browser, a service worker and Node.
 */
export async function verifyToken(
  token: string,
  secret: string,
  now: Date = new Date(),
  options: VerifyTokenOptions = {},
): Promise<TokenVerification> {
  if (token.split(".").length !== 3)
    return refuse("not a JWT (expected three dot-separated parts)");
  const header = protectedHeaderOf(token);
  if (!header) return refuse("the header is not base64url-encoded JSON");
  // jose refuses these too (the algorithms option); checked here to name the algorithm.
  if (header.alg !== "HS256") {
    return refuse(`algorithm ${JSON.stringify(header.alg)} is not accepted; use HS256`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(secret), {
      algorithms: ["HS256"],
      currentDate: now,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    return refuse(reasonOf(error));
  }
  return checkTokenClaims(payload, now, options);
}

/**
 * The claims rules of {@link verifyToken} once a token's signature, format and `exp`/`nbf`
 * times have passed (as jose checks them): its lifetime, and `sub`, `acc`, `role` (and `name`)
 * as the contract's ids and names. A runtime that checks HS256 itself (the reference server,
 * with node:crypto) applies these through this function, so the rules stay in one place.
 */
export function checkTokenClaims(
  payload: Record<string, unknown>,
  now: Date,
  options: VerifyTokenOptions = {},
): TokenVerification {
  const { sub, acc, role, exp, name } = payload;
  // jose has required a numeric exp; this only tells the type checker.
  if (typeof exp !== "number") return refuse("the exp claim is missing");
  const maxLifetime = options.maxLifetimeSeconds ?? defaultMaxTokenLifetimeSeconds;
  const remaining = exp - now.getTime() / 1000;
  if (remaining > maxLifetime) return refuse(tooLong(remaining, maxLifetime, exp));
  for (const [claim, value] of [
    ["sub", sub],
    ["acc", acc],
    ["role", role],
  ] as const) {
    if (!Id.safeParse(value).success)
      return refuse(`the ${claim} claim is missing or not a valid id`);
  }
  if (name !== undefined && !Name.safeParse(name).success)
    return refuse("the name claim is not a valid name");
  const claims: TokenClaims = { sub: sub as string, acc: acc as string, role: role as string, exp };
  if (typeof name === "string") claims.name = name.trim();
  return { ok: true, claims };
}

function refuse(reason: string): TokenVerification {
  return { ok: false, reason };
}

/** The token's header, or undefined when it is not base64url-encoded JSON of an object. */
function protectedHeaderOf(token: string): ProtectedHeaderParameters | undefined {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return undefined;
  }
}

/** Why jose refused a token, in the words of the token's claims; anything else is a bug. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the signature does not match";
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return `the ${error.claim} claim is missing`;
    if (error.reason === "invalid") {
      return `the ${error.claim} claim is not a number (seconds since the epoch)`;
    }
    if (error.claim === "nbf") return "the token is not valid yet";
  }
  if (error instanceof errors.JOSEError) return `the token is malformed: ${error.message}`;
  throw error;
}

/** The refusal of a token that lives too long, pointing at milliseconds when `exp` looks so. */
function tooLong(remaining: number, maxLifetime: number, exp: number): string {
  const hint = exp > 1e11 ? " (exp looks like milliseconds; JWTs count seconds)" : "";
  return `the token expires ${Math.round(remaining)} s from now, later than the ${maxLifetime} s this deployment accepts${hint}`;
}
