import { describe, expect, it, vi } from "vitest";
import { claimsOf, readSignIn, tokenStorageKey } from "./readSignIn.ts";

const part = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const token = `${part({ alg: "HS256" })}.${part({ name: "Dana Ölund", exp: 1_800_000_000 })}.sig`;

function storage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe("readSignIn", () => {
  it("takes the token from the fragment, clears the address bar and keeps it for the tab", () => {
    const history = { replaceState: vi.fn() };
    const kept = storage();
    const location = { hash: `#token=${token}`, pathname: "/console/", search: "?view=kpis" };
    expect(readSignIn(location, history, kept)).toBe(token);
    expect(history.replaceState).toHaveBeenCalledWith(null, "", "/console/?view=kpis");
    expect(kept.getItem(tokenStorageKey)).toBe(token);
    // A reload: no fragment, the kept token.
    expect(readSignIn({ ...location, hash: "" }, history, kept)).toBe(token);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
  });

  it("has no token without a link or a kept one", () => {
    const history = { replaceState: vi.fn() };
    expect(readSignIn({ hash: "", pathname: "/console/", search: "" }, history, storage())).toBe(
      undefined,
    );
  });
});

describe("claimsOf", () => {
  it("reads the name (UTF-8) and the expiry", () => {
    expect(claimsOf(token)).toEqual({ token, name: "Dana Ölund", expiresAt: 1_800_000_000_000 });
    expect(claimsOf("not-a-token")).toBeUndefined();
  });
});
