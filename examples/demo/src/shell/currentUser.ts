import { type DemoUser, demoUsers } from "@goalpost/mock-backend";

const storageKey = "beacon-demo:user";
let chosen: DemoUser | undefined;

const find = (id: string | null) => demoUsers.find((user) => user.id === id);

/** Who is signed in to Beacon: the user switcher's last choice, else Ana Torres at Acme. */
export function currentUser(): DemoUser {
  chosen ??= find(readChoice()) ?? demoUsers[0];
  if (!chosen) throw new Error("the mock backend has no demo users");
  return chosen;
}

/** Signs in as another demo user; the choice outlives a reload (in localStorage). */
export function chooseUser(userId: string): DemoUser {
  const user = find(userId);
  if (!user) throw new Error(`Beacon has no user "${userId}"`);
  chosen = user;
  try {
    localStorage.setItem(storageKey, user.id);
  } catch {
    // Storage blocked: the choice lasts until the page is reloaded.
  }
  return user;
}

function readChoice(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
