import { signToken, type TokenClaims } from "@goalpost/backend";
import { demoSigningSecret } from "./demoSecrets.ts";

/**
 * Signs a user token with the public demo secret, for the demo and tests. A deployment signs
 * with its own secret through `signToken` from `@goalpost/backend`, which has no default.
 * @example const token = await signDemoToken({ sub: "ana.torres", acc: "acme", role: "digital-marketer" });
 */
export function signDemoToken(
  claims: Omit<TokenClaims, "exp"> & { exp?: number },
): Promise<string> {
  return signToken(claims, demoSigningSecret);
}
