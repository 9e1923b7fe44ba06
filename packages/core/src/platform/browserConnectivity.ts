import type { Connectivity } from "../store/types.ts";

/** What the preset reads of a browser's global scope (a window or a worker); absent elsewhere. */
interface OnlineScope {
  navigator?: { onLine?: boolean };
  addEventListener?(type: "online" | "offline", listener: () => void): void;
  removeEventListener?(type: "online" | "offline", listener: () => void): void;
}

/**
 * Connectivity from the browser: `navigator.onLine` and the `online` and `offline` events of
 * the global scope. Where there are none (a server rendering the page, a test runner) it reports
 * always online and never changes, so creating a store there does not throw.
 *
 * @example
 * createGoalpost({ apiBase, token, connectivity: browserConnectivity() });
 */
export function browserConnectivity(): Connectivity {
  const scope = globalThis as unknown as OnlineScope;
  return {
    // Only an explicit `false` is offline: `navigator.onLine` is absent outside browsers.
    isOnline: () => scope.navigator?.onLine !== false,
    subscribe(listener) {
      if (!scope.addEventListener || !scope.removeEventListener) return () => {};
      const online = () => listener(true);
      const offline = () => listener(false);
      scope.addEventListener("online", online);
      scope.addEventListener("offline", offline);
      return () => {
        scope.removeEventListener?.("online", online);
        scope.removeEventListener?.("offline", offline);
      };
    },
  };
}
