import { demoSigningSecret, demoUsers, signToken } from "@goalpost/mock-backend";

/**
 * Beacon's backend, standing in: signs a Goalpost user token for one of Beacon's users.
 *
 * In production this lives on the vendor's server, behind its own login: the signing secret
 * must never reach a browser, and the server names the user from its session, not from what
 * the page asks for. The page would fetch the token, e.g. `fetch("/api/goalpost-token")`.
 * Here it runs in the page so that the demo needs no server of its own.
 *
 * @param userId a Beacon user (one of the mock backend's `demoUsers`)
 * @returns an HS256 JWT with `sub`, `acc`, `role` and `name`, valid for an hour
 */
export async function issueToken(userId: string): Promise<string> {
  const user = demoUsers.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`Beacon has no user "${userId}"`);
  return signToken(
    { sub: user.id, acc: user.accountId, role: user.roleId, name: user.name },
    demoSigningSecret,
  );
}
