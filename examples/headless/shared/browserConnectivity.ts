import type { Connectivity } from "@goalpost/core";

/**
 * The browser's idea of being online, for `createGoalpost({ connectivity })`: the outbox waits
 * while offline and sends what waited as soon as the `online` event fires.
 */
export function browserConnectivity(): Connectivity {
  return {
    isOnline: () => navigator.onLine,
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener("online", online);
      window.addEventListener("offline", offline);
      return () => {
        window.removeEventListener("online", online);
        window.removeEventListener("offline", offline);
      };
    },
  };
}
