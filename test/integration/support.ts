import {
  type Connectivity,
  createGoalpost,
  type Goalpost,
  type GoalpostOptions,
  memoryStorage,
} from "@goalpost/core";
import { createMockBackend, type MockBackend, signDemoToken } from "@goalpost/mock-backend";
import { createMockServer } from "@goalpost/mock-backend/node";
import { afterAll, afterEach, beforeAll } from "vitest";

export const apiBase = "https://api.goalpost.test/goalpost";

/** One mock backend behind msw for the whole file; each test uses its own fresh account. */
export function useMockBackend(): MockBackend {
  const backend = createMockBackend({ baseUrl: apiBase });
  const server = createMockServer(backend);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => backend.setScenario({ offline: false, failureRate: 0, latencyMs: 0 }));
  afterAll(() => server.close());
  return backend;
}

/** A new account id, so tests never see each other's data. */
export function freshAccount(): string {
  return `it-${Math.random().toString(36).slice(2, 10)}`;
}

export function tokenFor(acc: string, role: string, sub = `${acc}-user`, expiresIn = 3600) {
  return signDemoToken({ sub, acc, role, exp: Math.floor(Date.now() / 1000) + expiresIn });
}

/** Connectivity the test switches by hand. */
export function switchableConnectivity(online = true) {
  const listeners = new Set<(online: boolean) => void>();
  const connectivity: Connectivity & { set(online: boolean): void } = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
  return connectivity;
}

const started: Goalpost[] = [];
afterEach(() => {
  for (const goalpost of started.splice(0)) goalpost.destroy();
});

/** A started SDK for a fresh user of `role` (destroyed after the test). */
export async function startSdk(
  role: string,
  options: Partial<GoalpostOptions> & { acc?: string } = {},
): Promise<Goalpost> {
  const acc = options.acc ?? freshAccount();
  const goalpost = createGoalpost({
    apiBase,
    token: await tokenFor(acc, role),
    storage: memoryStorage(),
    ...options,
  });
  started.push(goalpost);
  await goalpost.start();
  return goalpost;
}

/** Resolves once `predicate` holds, checking after each microtask burst (fails after `ms`). */
export async function until(predicate: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
