import { effect } from "@preact/signals-core";
import { Session } from "../contract/session.ts";
import type { OutboxStorage } from "../outbox/OutboxStorage.ts";
import type { StoreState } from "./createState.ts";

/**
 * Keeps the latest confirmed state in storage, so a page reloaded while offline starts from it.
 * Returns the effect's disposer. `key` is read on every save (it changes with the user).
 */
export function saveSessionOnChange(
  state: StoreState,
  storage: OutboxStorage,
  key: () => string,
): () => void {
  return effect(() => {
    const session = state.session.value;
    if (!session || state.status.value !== "ready") return;
    const saved: Session = {
      ...session,
      agreements: state.agreements.value.filter((a) => !a.id.startsWith("local-")),
      goals: state.goals.value.filter((g) => !g.id.startsWith("local-")),
      measurements: [...state.confirmed.value.values()].flat(),
      pulseDue: state.pulseDue.value,
    };
    const target = key();
    // In a task of its own: serialising and storing the session is the costliest part of its
    // arrival, and a page starting up should not see one long task for it all.
    setTimeout(() => {
      Promise.resolve()
        .then(() => storage.setItem(target, JSON.stringify(saved)))
        .catch(() => {}); // only a cache: the outbox reports the storage failures that matter
    });
  });
}

/** The session saved by {@link saveSessionOnChange}, if there is a readable one. */
export async function readSavedSession(
  storage: OutboxStorage,
  key: string,
): Promise<Session | undefined> {
  try {
    const text = await storage.getItem(key);
    const parsed = text ? Session.safeParse(JSON.parse(text)) : undefined;
    return parsed?.success ? parsed.data : undefined;
  } catch {
    return undefined; // a damaged copy is only a cache: start without it
  }
}
