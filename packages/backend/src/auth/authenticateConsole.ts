import { ApiError } from "../http/ApiError.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import type { KeyMatcher } from "./authenticateAdmin.ts";
import { bearerToken } from "./bearerToken.ts";
import { type ConsoleClaims, verifyConsoleToken } from "./consoleToken.ts";

/** Who reads through a console endpoint: a server with the admin key, or a staff member. */
export type ConsoleReader = { kind: "admin" } | { kind: "console"; claims: ConsoleClaims };

/** Where to get a new console link, said with every refusal the console shows. */
const newLink = "ask for a new console link (goalpost-server console-link, or your internal tools)";

/**
 * Checks a console read: the admin key, or a console token valid at `now` (401 when neither;
 * 403 for a genuine token of another scope).
 */
export async function authenticateConsole(
  request: Request,
  adminKey: string,
  now: Date,
  matches: KeyMatcher = adminKeyMatches,
): Promise<ConsoleReader> {
  const presented = bearerToken(request);
  if (await matches(presented, adminKey)) return { kind: "admin" };
  const verified = await verifyConsoleToken(presented, adminKey, now);
  if (verified.ok) return { kind: "console", claims: verified.claims };
  if (verified.status === 403) {
    throw new ApiError(403, `the token may not read the console: ${verified.reason}`);
  }
  throw new ApiError(
    401,
    `console reads take the admin key or a console token; the token was refused: ${verified.reason}; ${newLink}`,
  );
}
