import { Id, Name } from "@goalpost/core/contract";
import { decodeBase64Url } from "./base64url.ts";
import { hmacKey } from "./hmacKey.ts";
import type { TokenClaims } from "./signToken.ts";

/** The outcome of {@link verifyToken}: the claims, or why the token was refused. */
export type TokenVerification = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/**
 * Verifies a user token: an HS256 JWT signed with `secret`, not expired at `now`, naming a user
 * (`sub`), an account (`acc`) and a role (`role`) as valid ids. Any other algorithm (including
 * `none`), a bad signature, a tampered part or a missing claim is refused. Uses Web Crypto, so
 * it runs the same in a browser, a service worker and Node.
 */
export async function verifyToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): Promise<TokenVerification> {
  const parts = token.split(".");
  if (parts.length !== 3) return refuse("not a JWT (expected three dot-separated parts)");
  const [headerPart = "", payloadPart = "", signaturePart = ""] = parts;

  const header = decodeJson(headerPart);
  if (!isRecord(header)) return refuse("the header is not base64url-encoded JSON");
  if (header.alg !== "HS256")
    return refuse(`algorithm ${JSON.stringify(header.alg)} is not accepted; use HS256`);

  const signature = decodeBase64Url(signaturePart);
  if (!signature || signature.byteLength === 0) return refuse("the token is not signed");
  const signed = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    signature,
    new TextEncoder().encode(`${headerPart}.${payloadPart}`),
  );
  if (!signed) return refuse("the signature does not match");

  const payload = decodeJson(payloadPart);
  if (!isRecord(payload)) return refuse("the payload is not base64url-encoded JSON");
  const { sub, acc, role, exp, nbf, name } = payload;
  if (typeof exp !== "number" || !Number.isFinite(exp)) return refuse("the exp claim is missing");
  const seconds = now.getTime() / 1000;
  if (exp <= seconds) return refuse("the token has expired");
  if (typeof nbf === "number" && nbf > seconds) return refuse("the token is not valid yet");
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

function decodeJson(part: string): unknown {
  const bytes = decodeBase64Url(part);
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
