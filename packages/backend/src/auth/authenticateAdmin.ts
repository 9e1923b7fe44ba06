import { ApiError } from "../http/ApiError.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { bearerToken } from "./bearerToken.ts";

/**
 * Checks an admin or ingest request's bearer admin key (401 otherwise, user tokens included).
 * `matches` compares in constant time: {@link adminKeyMatches} (Web Crypto) unless a runtime
 * brings its own.
 */
export async function authenticateAdmin(
  request: Request,
  adminKey: string,
  matches: (presented: string, expected: string) => Promise<boolean> | boolean = adminKeyMatches,
): Promise<void> {
  if (!(await matches(bearerToken(request), adminKey))) {
    throw new ApiError(401, "admin calls take the admin key as the bearer token, not a user token");
  }
}
