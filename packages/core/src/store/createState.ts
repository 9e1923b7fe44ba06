import { signal } from "@preact/signals-core";
import type { Agreement } from "../contract/agreement.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { Session } from "../contract/session.ts";
import type { Outbox } from "../outbox/createOutbox.ts";
import type { ActionError, GoalpostStatus } from "./types.ts";

/** The store's writable state; everything else is derived from it. */
export function createState() {
  return {
    status: signal<GoalpostStatus>("idle"),
    session: signal<Session | undefined>(undefined),
    /** The role's agreements as the server last confirmed them, optimistic changes applied. */
    agreements: signal<readonly Agreement[]>([]),
    goals: signal<readonly Goal[]>([]),
    /** Measurements the server has, per agreement, newest first. */
    confirmed: signal<ReadonlyMap<string, readonly Measurement[]>>(new Map()),
    /** Per agreement, the cursor of the next older page; null once every page is loaded. */
    cursors: new Map<string, string | null>(),
    pulseDue: signal(false),
    outbox: signal<Outbox | undefined>(undefined),
    error: signal<ActionError | undefined>(undefined),
  };
}

export type StoreState = ReturnType<typeof createState>;
