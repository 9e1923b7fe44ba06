// Test support: the widget's tree over a started SDK, talking to the mock backend through msw.
import { createGoalpost, type Goalpost, memoryStorage, type OutboxStorage } from "@goalpost/core";
import { createMockBackend, type MockBackend, signDemoToken } from "@goalpost/mock-backend";
import { createMockServer } from "@goalpost/mock-backend/node";
import { cleanup, render } from "@testing-library/preact";
import type { ComponentChildren } from "preact";
import { afterAll, afterEach, beforeAll } from "vitest";
import {
  type WidgetAction,
  WidgetContext,
  type WidgetEnvironment,
} from "../components/WidgetContext.ts";
import { createFormat } from "../i18n/createFormat.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { createSeenGoals, type SeenGoals } from "../ui/createSeenGoals.ts";
import type { Screen } from "../ui/createUi.ts";
import { createUi } from "../ui/createUi.ts";

export const apiBase = "https://api.goalpost.test";

/** One mock backend per test file, behind msw. */
export function useMockBackend(): MockBackend {
  const backend = createMockBackend({ baseUrl: apiBase });
  const server = createMockServer(backend);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => backend.setScenario({ offline: false, failureRate: 0, latencyMs: 0 }));
  afterAll(() => server.close());
  return backend;
}

const started: Goalpost[] = [];
const seenStores: SeenGoals[] = [];
afterEach(() => {
  cleanup();
  for (const seen of seenStores.splice(0)) seen.stop();
  for (const goalpost of started.splice(0)) goalpost.destroy();
});

/** A started SDK for a fresh account's user of `role` (or the account given). */
export async function startSdk(role: string, acc = `w-${Math.random().toString(36).slice(2, 10)}`) {
  const token = await signDemoToken({ sub: `${acc}-user`, acc, role, name: "Sam Rivera" });
  const goalpost = createGoalpost({ apiBase, token, storage: memoryStorage() });
  started.push(goalpost);
  await goalpost.start();
  return goalpost;
}

/** What a rendered widget tree exposes to tests. */
export interface Rendered extends ReturnType<typeof render> {
  environment: WidgetEnvironment;
  announcements: string[];
  actions: WidgetAction[];
  /** What screens reported through `reportError` (a render that threw). */
  errors: unknown[];
}

/**
 * Renders `children` (a screen, or `<App mode="inline" />`) inside the widget's context over
 * `goalpost`, starting on `screen`. Announcements and fired actions are collected. `storage`
 * holds what the widget keeps per user (the reached goals seen).
 */
export function renderWidget(
  goalpost: Goalpost,
  children: ComponentChildren,
  screen: Screen = { name: "home" },
  locale = "en-US",
  storage: OutboxStorage = memoryStorage(),
): Rendered {
  const ui = createUi(true);
  ui.screen.value = screen;
  const announcements: string[] = [];
  const actions: WidgetAction[] = [];
  const errors: unknown[] = [];
  const t = createTranslator({}, locale);
  const seen = createSeenGoals(goalpost, storage, apiBase);
  seenStores.push(seen);
  const environment: WidgetEnvironment = {
    goalpost,
    ui,
    t,
    format: createFormat(locale, t),
    seen,
    announce(text) {
      announcements.push(text);
      ui.announcement.value = text;
    },
    runAction(action) {
      actions.push(action);
    },
    close() {
      ui.open.value = false;
    },
    reportError(error) {
      errors.push(error);
    },
  };
  const result = render(
    <WidgetContext.Provider value={environment}>{children}</WidgetContext.Provider>,
  );
  return { ...result, environment, announcements, actions, errors };
}
