import { GoalpostError } from "../errors/GoalpostError.ts";
import type { ClientOptions } from "./createClient.ts";

/**
 * Checks `apiBase` before any request, and throws a `GoalpostError` naming it. A path from the
 * root ("/goalpost") is the page's own origin, through the host's proxy.
 */
export function checkApiBase(apiBase: unknown): void {
  if (typeof apiBase !== "string" || !/^(https?:\/\/[^/]|\/(?!\/))/i.test(apiBase))
    throw new GoalpostError(
      `apiBase must be an http(s) URL or a path such as "/goalpost", not ${shown(apiBase)}`,
    );
}

/** The token if it can be sent (a provider: wrapped to check what it resolves to), else throws. */
export function checkToken(token: ClientOptions["token"]): ClientOptions["token"] {
  if (typeof token !== "function")
    return jwt(token, "must be a non-empty string (the user's JWT) or a function that returns one");
  return async () => jwt(await token(), "function must return a non-empty string (the user's JWT)");
}

function jwt(token: unknown, problem: string): string {
  if (typeof token === "string" && token) return token;
  throw new GoalpostError(`the token ${problem}, not ${shown(token)}`);
}

// Quoted when a string; a Promise shows as [object Promise], a telling mistake.
const shown = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));
