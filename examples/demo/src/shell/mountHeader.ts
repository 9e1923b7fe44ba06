import { type DemoUser, demoUsers } from "@goalpost/mock-backend";
import { chooseUser, currentUser } from "./currentUser.ts";
import { accountIds, accountName, userLabel } from "./demoAccounts.ts";
import { byId, h } from "./h.ts";
import { mountSchemeSwitch, schemeStorageKey } from "./scheme.ts";
import { serverApi } from "./serverApi.ts";
import { backendStorageKey, type DemoBackend } from "./startBackend.ts";

/** What the shared header needs from its page. */
export interface HeaderOptions {
  /** The demo's API, once started: "Reset demo data" resets the mock backend. */
  backend: Promise<DemoBackend>;
  /** Called after the user switcher signed in someone else. */
  onUserChange(user: DemoUser): void;
}

/**
 * Wires the header every page shares: the user switcher (every demo user, grouped by account),
 * the "Dark mode" switch and the "Reset demo data" button.
 */
export function mountHeader({ backend, onUserChange }: HeaderOptions): void {
  mountSchemeSwitch();
  const switcher = byId<HTMLSelectElement>("user-switcher");
  switcher.replaceChildren(
    ...accountIds.map((accountId) =>
      h(
        "optgroup",
        { label: accountName(accountId) },
        ...demoUsers
          .filter((user) => user.accountId === accountId)
          .map((user) => h("option", { value: user.id }, userLabel(user))),
      ),
    ),
  );
  switcher.value = currentUser().id;
  switcher.addEventListener("change", () => onUserChange(chooseUser(switcher.value)));

  const reset = byId<HTMLButtonElement>("reset-demo");
  // The reference server keeps its data: the HTTP contract has no reset (restart it fresh).
  if (serverApi()) reset.hidden = true;
  reset.addEventListener("click", async () => {
    const sure = confirm(
      "Reset the demo data? Every account goes back to its seeded history; what you entered is lost.",
    );
    if (!sure) return;
    reset.disabled = true;
    try {
      (await backend).reset?.();
    } catch {
      localStorage.removeItem(backendStorageKey); // it never started: the next start seeds afresh
    }
    forgetDemoState();
    location.reload();
  });
}

/** Drops what the widget and Beacon's pages keep in the browser, but not who is signed in. */
function forgetDemoState(): void {
  const keep = new Set(["beacon-demo:user", schemeStorageKey, backendStorageKey]);
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys)
    if (key && !keep.has(key) && (key.startsWith("goalpost:") || key.startsWith("beacon-demo:")))
      localStorage.removeItem(key);
}
