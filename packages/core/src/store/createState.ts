import { signal } from "@preact/signals-core";
import type { Agreement } from "../contract/agreement.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { LatestValue, Session } from "../contract/session.ts";
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
    /** Ids of measurements whose deletion the server confirmed: a session read earlier has them. */
    deleted: new Set<string>(),
    /** Per agreement, the cursor of the next older page; null once every page is loaded. */
    cursors: new Map<string, string | null>(),
    pulseDue: signal(false),
    /** Values `record` was given for app metrics not agreed yet, by metric: baselines to offer. */
    recorded: signal<ReadonlyMap<string, LatestValue>>(new Map()),
    outbox: signal<Outbox | undefined>(undefined),
    error: signal<ActionError | undefined>(undefined),
  };
}

export type StoreState = ReturnType<typeof createState>;
