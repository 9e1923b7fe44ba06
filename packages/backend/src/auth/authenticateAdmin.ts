import { ApiError } from "../http/ApiError.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { bearerToken } from "./bearerToken.ts";
import { verifyConsoleToken } from "./consoleToken.ts";

/** Compares a presented key with the expected one in constant time. */
export type KeyMatcher = (presented: string, expected: string) => Promise<boolean> | boolean;

/**
 * Checks an admin or ingest request's bearer admin key: 401 otherwise (user tokens included),
 * 403 for a genuine console token, which reads and never writes. `matches` compares in constant
 * time: {@link adminKeyMatches} (Web Crypto) unless a runtime brings its own.
 */
export async function authenticateAdmin(
  request: Request,
  adminKey: string,
  now: Date = new Date(),
  matches: KeyMatcher = adminKeyMatches,
): Promise<void> {
  const presented = bearerToken(request);
  if (await matches(presented, adminKey)) return;
  if ((await verifyConsoleToken(presented, adminKey, now)).ok) {
    throw new ApiError(403, "a console token only reads; this call takes the admin key");
  }
  throw new ApiError(401, "admin calls take the admin key as the bearer token, not a user token");
}
