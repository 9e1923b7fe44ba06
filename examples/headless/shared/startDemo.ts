import { browserPlatform, createGoalpost, type Goalpost } from "@goalpost/core";
import { createMockBackend, type DemoUser, demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

/** What a demo page works with: the SDK for one seeded user, and a way to switch users. */
export interface Demo {
  goalpost: Goalpost;
  user: DemoUser;
  /** Signs in as another seeded user: `identify` reloads the session in place. */
  switchUser(userId: string): Promise<void>;
}

/**
 * Runs a page as a vendor would in development, before its backend exists: the mock backend
 * answers `/v1/…` behind msw's service worker (its data kept in localStorage), and the user's
 * token is signed in the page with the demo secret. In production the token comes from the
 * vendor's backend and `apiBase` is the real API; everything after `createGoalpost` stays.
 *
 * The user is `?user=<id>` when it names a seeded user, else `defaultUserId`. `start()` is left
 * to the caller, so the page can show the loading state.
 */
export async function startDemo(defaultUserId: string): Promise<Demo> {
  await startMockWorker(createMockBackend(), { persist: true });
  const wanted = new URLSearchParams(location.search).get("user") ?? defaultUserId;
  const first = findUser(wanted) ?? findUser(defaultUserId) ?? demoUsers[0];
  if (!first) throw new Error("the mock backend has no demo users");
  let user = first;

  const goalpost = createGoalpost({
    apiBase: location.origin,
    // A provider rather than a string: the SDK asks again when a token expires (401).
    token: () => tokenFor(user),
    ...browserPlatform(), // localStorage and navigator.onLine, from the core
  });
  return {
    goalpost,
    get user() {
      return user;
    },
    async switchUser(userId) {
      const next = findUser(userId);
      if (!next) throw new Error(`no demo user "${userId}"`);
      user = next;
      history.replaceState(null, "", `?user=${encodeURIComponent(next.id)}`);
      await goalpost.identify(() => tokenFor(next));
    },
  };
}

const findUser = (id: string) => demoUsers.find((u) => u.id === id);

const tokenFor = (user: DemoUser) =>
  signDemoToken({ sub: user.id, acc: user.accountId, role: user.roleId, name: user.name });
