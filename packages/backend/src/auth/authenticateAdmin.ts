import { ApiError } from "../http/ApiError.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { bearerToken } from "./bearerToken.ts";

/** Checks an admin or ingest request's bearer admin key (401 otherwise, user tokens included). */
export async function authenticateAdmin(request: Request, adminKey: string): Promise<void> {
  if (!(await adminKeyMatches(bearerToken(request), adminKey))) {
    throw new ApiError(401, "admin calls take the admin key as the bearer token, not a user token");
  }
}
