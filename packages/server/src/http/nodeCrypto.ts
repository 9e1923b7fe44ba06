import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import {
  checkTokenClaims,
  type TokenVerification,
  type VerifyTokenOptions,
  verifyToken,
} from "@goalpost/backend";

const segment = /^[A-Za-z0-9_-]+$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A base64url segment's JSON, when it is a plain object; undefined for anything else. */
function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(utf8.decode(Buffer.from(part, "base64url")));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `verifyToken` with HS256 checked by node:crypto (a few µs a token instead of jose's Web
 * Crypto), for `verifyUserToken`'s `verify`. It accepts only what jose accepts: a compact JWT
 * whose header is `alg: HS256` without `crit` or `b64`, whose signature is the HMAC-SHA-256 of
 * its first two parts, base64url-encoded as they are, whose payload is a JSON object, with a
 * numeric `exp` after `now`, `nbf` (if any) numeric and not after it, and `iat` (if any)
 * numeric; then the claims rules of `checkTokenClaims`. Every other token goes to `verifyToken`
 * (jose), which refuses it with its reason — or accepts what this reads more strictly (a
 * signature not in canonical base64url) — so the answers stay exactly jose's.
 */
export function verifyTokenOnNode(
  token: string,
  secret: string,
  now: Date,
  options: VerifyTokenOptions,
): TokenVerification | Promise<TokenVerification> {
  const payload = signedPayload(token, secret, Math.floor(now.getTime() / 1000));
  return payload
    ? checkTokenClaims(payload, now, options)
    : verifyToken(token, secret, now, options);
}

function signedPayload(
  token: string,
  secret: string,
  nowSeconds: number,
): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [head = "", body = "", signature = ""] = parts;
  if (!segment.test(head) || !segment.test(body) || !segment.test(signature)) return undefined;
  const header = jsonObject(head);
  if (header?.alg !== "HS256" || "crit" in header || "b64" in header) return undefined;
  const expected = Buffer.from(
    createHmac("sha256", secret).update(`${head}.${body}`).digest("base64url"),
  );
  const presented = Buffer.from(signature);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return undefined;
  }
  const payload = jsonObject(body);
  if (!payload) return undefined;
  const { exp, nbf, iat } = payload;
  if (typeof exp !== "number" || exp <= nowSeconds) return undefined;
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > nowSeconds)) return undefined;
  if (iat !== undefined && typeof iat !== "number") return undefined;
  return payload;
}

/**
 * Whether a presented admin key equals the configured one, in constant time as
 * `adminKeyMatches` does (both hashed first, so neither content nor length shows), with
 * node:crypto's synchronous SHA-256 instead of Web Crypto's.
 */
export function adminKeyMatchesOnNode(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
