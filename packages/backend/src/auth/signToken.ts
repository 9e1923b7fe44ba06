import { encodeBase64Url } from "./base64url.ts";
import { hmacKey } from "./hmacKey.ts";

/** The claims of a Goalpost user token. */
export interface TokenClaims {
  /** The user's id in the vendor's system. */
  sub: string;
  /** The customer account's id. */
  acc: string;
  /** The user's role id; must be a role of the catalog. */
  role: string;
  /** Display name. */
  name?: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/**
 * Signs a user token (an HS256 JWT) the way a vendor's backend would, for the demo page and tests.
 * @param claims `exp` defaults to one hour from now.
 * @param secret the deployment's signing secret (required: there is no default)
 * @example const token = await signToken({ sub: "ana.torres", acc: "acme", role: "digital-marketer" });
 */
export async function signToken(
  claims: Omit<TokenClaims, "exp"> & { exp?: number },
  secret: string,
): Promise<string> {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new TypeError("signToken needs the deployment's signing secret; it has no default");
  }
  const iat = Math.floor(Date.now() / 1000);
  const payload = { ...claims, iat, exp: claims.exp ?? iat + 3600 };
  const json = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
  const signingInput = `${json({ alg: "HS256", typ: "JWT" })}.${json(payload)}`;
  const signature = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(secret),
    new TextEncoder().encode(signingInput),
  );
  return `${signingInput}.${encodeBase64Url(new Uint8Array(signature))}`;
}
