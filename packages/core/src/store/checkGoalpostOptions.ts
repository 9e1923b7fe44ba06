import { GoalpostError } from "../errors/GoalpostError.ts";
import type { GoalpostOptions } from "./types.ts";

/**
 * Checks what `createGoalpost` cannot work without, before any request, and throws a
 * `GoalpostError` naming the option. Returns the token to use: a provider comes back wrapped, so
 * that what it resolves to is checked too.
 */
export function checkGoalpostOptions(options: GoalpostOptions): GoalpostOptions["token"] {
  const apiBase: unknown = options?.apiBase;
  // A path from the root ("/goalpost") is the page's own origin, through the host's proxy.
  if (typeof apiBase !== "string" || !/^(https?:\/\/[^/]|\/(?!\/))/i.test(apiBase))
    throw new GoalpostError(
      `apiBase must be an http(s) URL or a path such as "/goalpost", not ${shown(apiBase)}`,
    );
  return checkToken(options.token);
}

/** The token if it can be sent (a provider: wrapped to check what it resolves to), else throws. */
export function checkToken(token: GoalpostOptions["token"]): GoalpostOptions["token"] {
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
