import { encodeSegment, hmacSegment } from "./signToken.ts";
import { target } from "./target.ts";

/** Claims of a console token (docs/tokens.md, "Console tokens"). */
export interface ConsoleTokenClaims {
  sub?: string | undefined;
  name?: string | undefined;
  scope?: unknown;
  /** Expiry, seconds since the epoch; one hour from now unless given. */
  exp?: number;
  [claim: string]: unknown;
}

/** Signs a console token as a vendor's backend does: HS256 with the admin key, unless `secret`. */
export function consoleToken(claims: ConsoleTokenClaims = {}, secret = target.adminKey): string {
  const payload = {
    sub: "contract.staff",
    name: "Contract Staff",
    scope: "console",
    exp: Math.floor(Date.now() / 1000) + 3600,
    ...claims,
  };
  const signingInput = `${encodeSegment({ alg: "HS256", typ: "JWT" })}.${encodeSegment(payload)}`;
  return `${signingInput}.${hmacSegment(signingInput, secret)}`;
}
