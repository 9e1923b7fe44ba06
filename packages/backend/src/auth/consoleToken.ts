import { Id, Name } from "@goalpost/core/contract";
import { decodeProtectedHeader, errors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { hmacKey } from "./hmacKey.ts";

/** The claims of a console token: a member of the vendor's staff, reading for a few hours. */
export interface ConsoleClaims {
  /** The staff member's id in the vendor's system. */
  sub: string;
  /** Their display name, shown by the console. */
  name: string;
  /** Always `console`: what the token may do. */
  scope: "console";
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/**
 * The longest a console token may still have to live: 12 hours, a working day. A console token
 * reads every account, so a leaked one must not outlive the shift it was signed for.
 */
export const consoleTokenMaxLifetimeSeconds = 12 * 60 * 60;

/**
 * The outcome of {@link verifyConsoleToken}: the claims, or why the token was refused and with
 * which status (401 not genuine or not valid now; 403 genuine but not scoped for the console).
 */
export type ConsoleVerification =
  | { ok: true; claims: ConsoleClaims }
  | { ok: false; status: 401 | 403; reason: string };

/**
 * Signs a console token (HS256 with the admin key) as a vendor's backend or
 * `goalpost-server console-link` does.
 * @param claims `exp` defaults to 8 hours from `now`; `iat` is `now`.
 * @param adminKey the deployment's admin key (required)
 * @example const token = await signConsoleToken({ sub: "cs.lead", name: "Dana" }, adminKey);
 */
export async function signConsoleToken(
  claims: { sub: string; name: string; exp?: number },
  adminKey: string,
  now: Date = new Date(),
): Promise<string> {
  if (typeof adminKey !== "string" || adminKey.length === 0) {
    throw new TypeError("signConsoleToken needs the deployment's admin key; it has no default");
  }
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ...claims, scope: "console", exp: claims.exp ?? iat + 8 * 3600 })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(iat)
    .sign(await hmacKey(adminKey));
}

/**
 * Verifies a console token: an HS256 JWT signed with the admin key, valid at `now` (`exp` past
 * it and at most `maxLifetimeSeconds` ahead), naming a staff member (`sub`, `name`) and scoped
 * `console`. A token that is not genuine or not valid now is refused with 401; a genuine one
 * with another scope (or none) with 403.
 */
export async function verifyConsoleToken(
  token: string,
  adminKey: string,
  now: Date,
  maxLifetimeSeconds = consoleTokenMaxLifetimeSeconds,
): Promise<ConsoleVerification> {
  const unauthorized = (reason: string) => ({ ok: false, status: 401, reason }) as const;
  if (token.split(".").length !== 3) return unauthorized("not a JWT");
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    return unauthorized("the header is not base64url-encoded JSON");
  }
  if (alg !== "HS256") {
    return unauthorized(`algorithm ${JSON.stringify(alg)} is not accepted; use HS256`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(adminKey), {
      algorithms: ["HS256"],
      currentDate: now,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    return unauthorized(reasonOf(error));
  }
  const { sub, name, scope, exp } = payload;
  if (typeof exp !== "number") return unauthorized("the exp claim is missing");
  const remaining = exp - now.getTime() / 1000;
  if (remaining > maxLifetimeSeconds) {
    return unauthorized(
      `the token expires ${Math.round(remaining)} s from now, later than the ${maxLifetimeSeconds} s a console token may live`,
    );
  }
  if (scope !== "console") {
    return {
      ok: false,
      status: 403,
      reason: `its scope is ${JSON.stringify(scope ?? null)}, and the console's reads take "console"`,
    };
  }
  if (!Id.safeParse(sub).success) return unauthorized("the sub claim is missing or not a valid id");
  if (!Name.safeParse(name).success) return unauthorized("the name claim is missing or not a name");
  return {
    ok: true,
    claims: { sub: sub as string, name: (name as string).trim(), scope: "console", exp },
  };
}

/** Why jose refused the token, in the words of its claims. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the signature does not match";
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return `the ${error.claim} claim is missing`;
    if (error.claim === "nbf") return "the token is not valid yet";
    return `the ${error.claim} claim is not valid`;
  }
  if (error instanceof errors.JOSEError) return `the token is malformed: ${error.message}`;
  throw error;
}
