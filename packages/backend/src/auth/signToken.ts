import { SignJWT } from "jose";
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
 * Signs a user token (an HS256 JWT, through `jose`) the way a vendor's backend would.
 * @param claims `exp` defaults to one hour from now; `iat` is set to now.
 * @param secret the deployment's signing secret (required: there is no default)
 * @example const token = await signToken({ sub: "ana.torres", acc: "acme", role: "sdr" }, secret);
 */
export async function signToken(
  claims: Omit<TokenClaims, "exp"> & { exp?: number },
  secret: string,
): Promise<string> {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new TypeError("signToken needs the deployment's signing secret; it has no default");
  }
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, exp: claims.exp ?? iat + 3600 })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(iat)
    .sign(await hmacKey(secret));
}
