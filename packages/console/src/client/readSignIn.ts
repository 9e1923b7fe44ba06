/** Where the standalone console keeps the token for the tab's life (a reload keeps it). */
export const tokenStorageKey = "goalpost-console:token";

/** The claims the console shows; not verified here (the API verifies every read). */
export interface SignedIn {
  token: string;
  name: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

/**
 * The console token a sign-in link carries in its fragment (`#token=…`), else the one this tab
 * kept. The fragment is taken out of the address bar at once, so the token is in no bookmark,
 * history entry or screenshot of the URL; fragments are never sent to a server.
 */
export function readSignIn(
  location: Pick<Location, "hash" | "pathname" | "search">,
  history: Pick<History, "replaceState">,
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined,
): string | undefined {
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  if (fromLink) {
    history.replaceState(null, "", `${location.pathname}${location.search}`);
    storage?.setItem(tokenStorageKey, fromLink);
    return fromLink;
  }
  return storage?.getItem(tokenStorageKey) ?? undefined;
}

/** The name and expiry a token's payload states, or undefined when it is not a JWT. */
export function claimsOf(token: string): SignedIn | undefined {
  try {
    const part = token.split(".")[1] ?? "";
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as {
      name?: unknown;
      exp?: unknown;
    };
    if (typeof payload.exp !== "number") return undefined;
    const name = typeof payload.name === "string" ? payload.name : "";
    return { token, name, expiresAt: payload.exp * 1000 };
  } catch {
    return undefined;
  }
}
