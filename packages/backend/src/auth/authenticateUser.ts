import type { Role } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { bearerToken } from "./bearerToken.ts";
import type { TokenClaims } from "./signToken.ts";
import { type TokenVerification, type VerifyTokenOptions, verifyToken } from "./verifyToken.ts";

/** Options of {@link verifyUserToken}. */
export interface VerifyUserTokenOptions extends VerifyTokenOptions {
  /**
   * How the token is verified: {@link verifyToken} (jose, Web Crypto: any runtime) unless a
   * runtime brings a faster one that decides the same (the reference server's, on node:crypto).
   */
  verify?: (
    token: string,
    secret: string,
    now: Date,
    options: VerifyTokenOptions,
  ) => Promise<TokenVerification> | TokenVerification;
}

/** Who a user request comes from: the token's claims and their role from the catalog. */
export interface UserClaims {
  claims: TokenClaims;
  role: Role;
}

/**
 * The claims of a user request's bearer token, or 401 when it is missing or refused (expiry
 * and lifetime judged at `now`). Needs nothing but the secret, so a server can refuse a bad
 * token before it touches its database.
 */
export async function verifyUserToken(
  request: Request,
  signingSecret: string,
  now: Date,
  options: VerifyUserTokenOptions = {},
): Promise<TokenClaims> {
  const { verify = verifyToken, ...rest } = options;
  const verified = await verify(bearerToken(request), signingSecret, now, rest);
  if (!verified.ok) throw new ApiError(401, `the user token was refused: ${verified.reason}`);
  return verified.claims;
}

/** The catalog role a genuine token names, or 403 when the catalog does not have it. */
export function roleOf(claims: TokenClaims, roles: readonly Role[]): Role {
  const role = roles.find((r) => r.id === claims.role);
  if (!role) throw new ApiError(403, `the role "${claims.role}" is not in the catalog`);
  return role;
}

/**
 * Checks a user request: {@link verifyUserToken} (401), then {@link roleOf} (403). Brings
 * nothing into being: the caller does that once the request is known to be genuine.
 */
export async function authenticateUser(
  request: Request,
  signingSecret: string,
  roles: readonly Role[],
  now: Date,
  options: VerifyTokenOptions = {},
): Promise<UserClaims> {
  const claims = await verifyUserToken(request, signingSecret, now, options);
  return { claims, role: roleOf(claims, roles) };
}
