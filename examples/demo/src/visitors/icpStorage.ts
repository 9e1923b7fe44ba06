import { type Icp, initialIcp, parseIcp } from "./icp.ts";

const keyFor = (accountId: string) => `beacon-demo:icp:${accountId}`;

/** The account's saved profile (every user of an account shares it), else its initial one. */
export function loadIcp(accountId: string): Icp {
  try {
    const saved = localStorage.getItem(keyFor(accountId));
    return (saved && parseIcp(JSON.parse(saved))) || initialIcp(accountId);
  } catch {
    return initialIcp(accountId); // unreadable or blocked storage: start again
  }
}

/** Saves the account's profile; blocked storage only loses it on reload. */
export function saveIcp(accountId: string, icp: Icp): void {
  try {
    localStorage.setItem(keyFor(accountId), JSON.stringify(icp));
  } catch {
    // Storage blocked or full: the profile lasts until the page is reloaded.
  }
}
