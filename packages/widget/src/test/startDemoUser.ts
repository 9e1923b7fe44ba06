// Test support: a started SDK signed in as one of the mock backend's seeded demo users.
import { type Connectivity, createGoalpost, type Goalpost, memoryStorage } from "@goalpost/core";
import { demoUsers, signDemoToken } from "@goalpost/mock-backend";
import { signal } from "@preact/signals";
import { afterEach } from "vitest";
import { apiBase } from "./renderWidget.tsx";

const started: Goalpost[] = [];
afterEach(() => {
  for (const goalpost of started.splice(0)) goalpost.destroy();
});

/** Signs in as the seeded user with this id (token `sub`, `acc` and `role` as seeded). */
export async function startDemoUser(id: string): Promise<Goalpost> {
  const user = demoUsers.find((u) => u.id === id);
  if (!user) throw new Error(`no demo user "${id}"`);
  return startUser({ sub: user.id, acc: user.accountId, role: user.roleId });
}

/**
 * A started SDK for the user these claims name (a fresh account by default), on a device whose
 * connectivity follows `online`, for offline tests.
 */
export async function startUser(
  claims: { sub: string; acc: string; role: string },
  online = signal(true),
): Promise<Goalpost> {
  const token = await signDemoToken(claims);
  const connectivity: Connectivity = {
    isOnline: () => online.peek(),
    subscribe: (listener) => online.subscribe(listener),
  };
  const goalpost = createGoalpost({ apiBase, token, storage: memoryStorage(), connectivity });
  started.push(goalpost);
  await goalpost.start();
  return goalpost;
}
