import type { ReadonlySignal } from "@preact/signals-core";
import type { Agreement, Baseline, BaselineInput } from "../contract/agreement.ts";
import type { Metric, Role, ValueElement } from "../contract/catalog.ts";
import type { Goal, GoalActionInput, UpdateGoalBody } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { CreatePulseBody, Pulse } from "../contract/pulse.ts";
import type { Gain } from "../contract/reports.ts";
import type { LatestValue, Session, User } from "../contract/session.ts";
import type { GoalpostError } from "../errors/GoalpostError.ts";
import type { Implausible } from "../math/checkPlausible.ts";
import type { OutboxEntry } from "../outbox/createOutbox.ts";
import type { OutboxStorage } from "../outbox/OutboxStorage.ts";

/** Tells the SDK whether the device is online, and when that changes. */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` on every change; returns a function that stops it. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** Options of {@link createGoalpost}. The environment is passed in: the core knows no DOM. */
export interface GoalpostOptions {
  /** Base URL of the Goalpost API. @example "https://api.example.com/goalpost" */
  apiBase: string;
  /** The user's JWT (signed by the vendor's backend), or an async provider asked again on 401. */
  token: string | (() => string | Promise<string>);
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where the outbox and the last session are kept. Browsers pass `webStorage(localStorage)`. @default memoryStorage() */
  storage?: OutboxStorage;
  /** @default () => Date.now() */
  now?: () => number;
  /** Ids for measurements, made on the client so writes can be retried. @default crypto.randomUUID */
  generateId?: () => string;
  /** Browsers pass one over `navigator.onLine` and the online/offline events. @default always online */
  connectivity?: Connectivity;
  /** Milliseconds per request attempt. @default 10_000 */
  timeout?: number;
}

/** Where the SDK is: loading the session, ready, working from the last saved session, or failed. */
export type GoalpostStatus = "idle" | "loading" | "ready" | "offline" | "error";

/** A measurement in an agreement's history; `pending` until the server has it. */
export type HistoryEntry = Measurement & { pending?: true };

/** What an agreement needs next, for the UI to offer the right step. */
export type AgreementStage =
  | "needs-baseline"
  | "needs-goal"
  | "on-track"
  | "achieved"
  | "missed"
  | "retired";

/** Everything the UI shows for one agreed metric, derived from the state. */
export interface AgreementView {
  agreement: Agreement;
  metric: Metric;
  stage: AgreementStage;
  /** Newest first, pending entries included. */
  history: readonly HistoryEntry[];
  current: Baseline | undefined;
  gain: Gain | null;
  /** The active goal. */
  goal: Goal | undefined;
  /** The most recent goal that is no longer active. */
  lastGoal: Goal | undefined;
  /** Progress of the active goal (0 at start, 1 at target; not clamped). */
  progress: number | null;
  /**
   * When a goal is needed: target from the current value and the role's maturity. Undefined
   * when the current value is already the best the metric allows (see `atBest`).
   */
  suggestion: { target: number; dueAt: string; expectedGain: number } | undefined;
  /**
   * No goal is active and the current value is the best the metric allows (100 %, the top of
   * the scale, 0 hours): there is no further step to set, only the value to hold.
   */
  atBest: boolean;
  /** Value elements of the catalog for this metric and the role's maturity. */
  valueElements: readonly ValueElement[];
}

/** A failed action, kept for the UI until the next action succeeds or it is cleared. */
export interface ActionError {
  action: string;
  error: GoalpostError;
}

/** Events, with what their listeners receive. */
export interface GoalpostEvents {
  ready: { session: Session };
  "metric:agreed": { agreement: Agreement };
  "goal:set": { goal: Goal };
  "goal:achieved": { goal: Goal; agreement: Agreement };
  "progress:logged": { measurement: HistoryEntry };
  "pulse:submitted": { pulse: Pulse };
  error: ActionError;
}

/** A plain, immutable picture of the state for non-signal users (`useSyncExternalStore`). */
export interface GoalpostSnapshot {
  status: GoalpostStatus;
  user: User | undefined;
  role: Role | undefined;
  metrics: readonly Metric[];
  valueElements: readonly ValueElement[];
  agreements: readonly AgreementView[];
  suggestedMetrics: readonly Metric[];
  latestValues: readonly LatestValue[];
  needsGoal: readonly AgreementView[];
  achieved: readonly AgreementView[];
  pulseDue: boolean;
  pending: number;
  rejected: readonly OutboxEntry[];
  error: ActionError | undefined;
  /** The time the views were read at: see {@link Goalpost.time}. */
  time: number;
}

/** Input of `logProgress`. */
export interface ProgressInput {
  agreementId: string;
  value: number;
  /** @default now */
  at?: string;
  /** For scale assessments: at the start or the end of the period. */
  phase?: "start" | "end";
  note?: string;
}

/**
 * A correction of an entry: a new value, a new note, or `note: null` to clear it.
 * @example goalpost.correctEntry(entry.id, { value: 5 })
 */
export interface EntryCorrection {
  value?: number;
  note?: string | null;
}

/**
 * A baseline: a number the user typed (labelled `self`, or `scale` for a scale metric), or a
 * value with its time and source, such as one of `latestValues` the user chose to start from.
 */
export type BaselineValue = number | BaselineInput;

/** Input of `setGoal`; `target` defaults to the suggestion, `dueAt` to the period from now. */
export interface GoalInput {
  agreementId: string;
  target?: number;
  dueAt?: string;
  changes?: string;
  actions?: GoalActionInput[];
  valueElementIds?: string[];
}

/** The headless SDK: read-only signals, a snapshot API, actions and events. */
export interface Goalpost {
  readonly status: ReadonlySignal<GoalpostStatus>;
  readonly session: ReadonlySignal<Session | undefined>;
  readonly user: ReadonlySignal<User | undefined>;
  readonly role: ReadonlySignal<Role | undefined>;
  readonly metrics: ReadonlySignal<readonly Metric[]>;
  readonly valueElements: ReadonlySignal<readonly ValueElement[]>;
  readonly agreements: ReadonlySignal<readonly AgreementView[]>;
  /** Every goal of the role's agreements, pending progress applied. */
  readonly goals: ReadonlySignal<readonly Goal[]>;
  /** The goals still active (at most one per agreement). */
  readonly activeGoals: ReadonlySignal<readonly Goal[]>;
  /** Per agreement id, its measurements newest first, entries waiting to be sent included. */
  readonly history: ReadonlySignal<ReadonlyMap<string, readonly HistoryEntry[]>>;
  /** Catalog metrics of the role without an agreement in place. */
  readonly suggestedMetrics: ReadonlySignal<readonly Metric[]>;
  /**
   * For app and integration metrics not agreed yet, the newest value the product holds (from the
   * session, or given to `record` since): offer it as the baseline ("Use 42 % from Beacon").
   */
  readonly latestValues: ReadonlySignal<readonly LatestValue[]>;
  /** Agreements with a baseline and no active goal, unless already at their best value. */
  readonly needsGoal: ReadonlySignal<readonly AgreementView[]>;
  /** Agreements whose last goal was achieved: set the next one. */
  readonly achieved: ReadonlySignal<readonly AgreementView[]>;
  readonly pulseDue: ReadonlySignal<boolean>;
  /** Entries waiting to be sent. */
  readonly pending: ReadonlySignal<number>;
  /** Entries the server refused, for the user to correct or discard. */
  readonly rejected: ReadonlySignal<readonly OutboxEntry[]>;
  readonly error: ReadonlySignal<ActionError | undefined>;
  /**
   * The time the views are read at (ms since the epoch): it moves when a goal becomes overdue, at
   * each local midnight, and when a session arrives. Read it for relative dates ("today", "in 3
   * days") so they stay true in a tab left open.
   */
  readonly time: ReadonlySignal<number>;

  /** Loads the session (or the last saved one when offline) and starts the outbox. */
  start(): Promise<void>;
  refresh(): Promise<void>;
  agreeMetric(
    metricId: string,
    options?: { maturityLevel?: number; baseline?: BaselineValue },
  ): Promise<Agreement>;
  retireMetric(agreementId: string): Promise<Agreement>;
  /**
   * Sets (or corrects) an agreement's baseline; the server keeps the change as history. A number
   * is the user's own figure, taken `at` (default now).
   */
  setBaseline(agreementId: string, value: BaselineValue, at?: string): Promise<Agreement>;
  /** Changes an agreement's maturity level; kept as history too. */
  setMaturity(agreementId: string, level: number): Promise<Agreement>;
  setGoal(input: GoalInput): Promise<Goal>;
  updateGoal(goalId: string, changes: UpdateGoalBody): Promise<Goal>;
  /** Logs progress through the outbox: recorded at once, sent when possible. */
  logProgress(input: ProgressInput): Promise<HistoryEntry>;
  /**
   * Whether `value` would be an implausible entry or baseline for the agreement: outside the
   * metric's `plausible` range in the catalog, or ten times (or a tenth of) what it has seen (the
   * baseline, the newest entries, the active goal). Undefined when plausible. Ask the user once
   * before saving such a value ("6 → 1,000 hours?"): nothing refuses it, it may be true.
   * Throws a `ValidationError` for an agreement the role does not have.
   */
  checkPlausible(agreementId: string, value: number): Implausible | undefined;
  /**
   * Records an app-generated data point of an `app` metric: for an agreed one, an entry through
   * the outbox (resolved); for one not agreed yet, the value to offer as its baseline
   * (`latestValues`), and `undefined`.
   */
  record(
    metricId: string,
    value: number,
    options?: { at?: string; note?: string },
  ): Promise<HistoryEntry | undefined>;
  /**
   * Corrects one of the user's own `self` or `scale` entries (value, note), through the outbox:
   * shown at once, sent once, in order after the entry itself; an entry not sent yet is amended
   * in the outbox instead. Refuses (ValidationError, or GoalpostError for another user's entry
   * or the product's data) what the server would refuse; a correction the server refuses later
   * is undone in the views and waits in `rejected`.
   */
  correctEntry(measurementId: string, correction: EntryCorrection): Promise<HistoryEntry>;
  /** Deletes one of the user's own entries, like `correctEntry`; an unsent entry is dropped. */
  deleteEntry(measurementId: string): Promise<void>;
  submitPulse(body: CreatePulseBody): Promise<Pulse>;
  dismissPulse(): void;
  /** Loads older measurements of an agreement; resolves false when there are no more. */
  loadHistory(agreementId: string): Promise<boolean>;
  /**
   * Whether the server may hold older measurements of an agreement than those in `history`:
   * false once `loadHistory` reached the end, or when the session carried fewer than the
   * contract's `limits.recentMeasurements` of them (it carries the newest, so then it had all).
   */
  hasOlderHistory(agreementId: string): boolean;
  /** Drops or re-queues an entry the server refused. */
  discardRejected(id: string): Promise<void>;
  retryRejected(id: string, value?: number): Promise<void>;
  clearError(): void;
  /** Replaces the token (a new user signs in); reloads the session. */
  identify(token: GoalpostOptions["token"]): Promise<void>;
  on<E extends keyof GoalpostEvents>(
    event: E,
    listener: (payload: GoalpostEvents[E]) => void,
  ): () => void;
  /**
   * Calls `listener` after each change of the snapshot (never at once); returns the unsubscribe.
   * Signals the listener reads are not tracked: it is called for the store's changes only.
   * `destroy()` stops every listener.
   */
  subscribe(listener: () => void): () => void;
  getSnapshot(): GoalpostSnapshot;
  /**
   * Stops timers (the clock's included), listeners, subscriptions and the outbox. Pending entries stay in storage and are sent the next
   * time this user starts on this device. With `forget: true` (when the user signs out of the
   * host app) the copy of the user's session kept for offline starts is removed from storage too.
   */
  destroy(options?: { forget?: boolean }): void;
}
