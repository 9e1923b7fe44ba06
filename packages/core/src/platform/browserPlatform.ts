import type { OutboxStorage } from "../outbox/OutboxStorage.ts";
import type { Connectivity } from "../store/types.ts";
import { browserConnectivity } from "./browserConnectivity.ts";
import { browserStorage } from "./browserStorage.ts";

/** What {@link browserPlatform} gives `createGoalpost`. */
export interface BrowserPlatform {
  storage: OutboxStorage;
  connectivity: Connectivity;
}

/**
 * The browser's storage and connectivity for `createGoalpost`, in one: {@link browserStorage}
 * and {@link browserConnectivity}. Safe to call outside a browser (memory, always online).
 *
 * @example
 * const goalpost = createGoalpost({ apiBase, token, ...browserPlatform() });
 */
export function browserPlatform(): BrowserPlatform {
  return { storage: browserStorage(), connectivity: browserConnectivity() };
}
