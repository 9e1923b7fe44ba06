import { memoryStorage, type OutboxStorage } from "@goalpost/core";
import { type ReadonlySignal, signal } from "@preact/signals";
import type { Screen } from "./createUi.ts";

/** What is kept for one user: each form's typed values, and the screen they were on. */
interface DraftDocument {
  forms: Record<string, Record<string, unknown>>;
  screen?: Screen;
}

/** The typed work of the signed-in user, kept across Close, Escape and a page reload. */
export interface Drafts {
  /** False while a user's drafts are being read (an async storage): forms wait for them. */
  readonly ready: ReadonlySignal<boolean>;
  /** A form's draft, as it was stored; the form checks what it takes from it. */
  get(form: string): Record<string, unknown> | undefined;
  set(form: string, values: Record<string, unknown>): void;
  /** Removes a form's draft (it was saved). */
  clear(form: string): void;
  /** The screen the user was on when they left, as stored (checked by the caller). */
  screen(): Screen | undefined;
  keepScreen(screen: Screen): void;
  /**
   * Switches to the drafts stored under `key` (one user's), dropping the previous user's from
   * memory (theirs stay stored, under their own key). Resolves once they are read.
   */
  use(key: string): Promise<void>;
  /** Removes the current user's drafts from memory and storage (they signed out). */
  forget(): void;
}

const empty = (): DraftDocument => ({ forms: {} });

/** A stored document, or an empty one when it is missing or damaged (drafts are a convenience). */
function parse(text: string | null): DraftDocument {
  try {
    const value: unknown = text ? JSON.parse(text) : undefined;
    if (typeof value !== "object" || value === null) return empty();
    const { forms, screen } = value as Partial<DraftDocument>;
    const document = empty();
    if (typeof forms === "object" && forms !== null && !Array.isArray(forms)) {
      for (const [form, values] of Object.entries(forms)) {
        if (typeof values === "object" && values !== null && !Array.isArray(values))
          document.forms[form] = values;
      }
    }
    if (typeof screen === "object" && screen !== null && typeof screen.name === "string")
      document.screen = screen;
    return document;
  } catch {
    return empty();
  }
}

/**
 * Drafts over the storage the SDK keeps its outbox in (localStorage in a browser), one document
 * per user key. Every change is written at once, in order; a storage that fails keeps the drafts
 * in memory for this page. Without `use()`, nothing is stored (tests, a user not known yet).
 */
export function createDrafts(storage: OutboxStorage = memoryStorage()): Drafts {
  const ready = signal(true);
  let key: string | undefined;
  let document = empty();
  let writes: Promise<unknown> = Promise.resolve();

  const write = () => {
    if (key === undefined) return;
    const target = key;
    const text = JSON.stringify(document);
    const isEmpty = !Object.keys(document.forms).length && !document.screen;
    writes = writes
      .then(() => (isEmpty ? storage.removeItem(target) : storage.setItem(target, text)))
      .catch(() => {}); // kept in memory for this page; nothing to report to the user
  };

  return {
    ready,
    get: (form) => document.forms[form],
    set(form, values) {
      document.forms[form] = values;
      write();
    },
    clear(form) {
      if (!(form in document.forms)) return;
      delete document.forms[form];
      write();
    },
    screen: () => document.screen,
    keepScreen(screen) {
      document.screen = screen;
      write();
    },
    async use(next) {
      key = next;
      document = empty();
      let text: string | null | Promise<string | null>;
      try {
        text = storage.getItem(next);
      } catch {
        return;
      }
      if (typeof text === "string" || text === null) {
        document = parse(text); // a synchronous storage: ready before anything renders
        return;
      }
      ready.value = false;
      try {
        const read = parse(await text);
        if (key === next) document = read;
      } catch {
        // unreadable: start without drafts
      } finally {
        if (key === next) ready.value = true;
      }
    },
    forget() {
      document = empty();
      write();
    },
  };
}
