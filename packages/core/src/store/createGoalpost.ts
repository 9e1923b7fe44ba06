import { batch, computed, effect, untracked } from "@preact/signals-core";
import { checkApiBase } from "../client/checkClientOptions.ts";
import { createClient } from "../client/createClient.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { CreatePulseBody } from "../contract/pulse.ts";
import type { Session } from "../contract/session.ts";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { isNetworkError } from "../errors/NetworkError.ts";
import { isTimeoutError } from "../errors/TimeoutError.ts";
import { createOutbox } from "../outbox/createOutbox.ts";
import { memoryStorage } from "../outbox/memoryStorage.ts";
import { agreementActions } from "./agreementActions.ts";
import { type ActionContext, createActionKit } from "./createActionKit.ts";
import { createClock } from "./createClock.ts";
import { createEmitter } from "./createEmitter.ts";
import { createState } from "./createState.ts";
import { createViews } from "./createViews.ts";
import { goalActions } from "./goalActions.ts";
import { nextBoundary, nextLocalMidnight } from "./nextBoundary.ts";
import { progressActions } from "./progressActions.ts";
import { readSavedSession, saveSessionOnChange } from "./sessionCache.ts";
import { tokenClaims } from "./tokenClaims.ts";
import type { Goalpost, GoalpostEvents, GoalpostOptions, GoalpostStatus } from "./types.ts";

/**
 * Creates the headless Goalpost SDK for one signed-in user: state as read-only signals (and a
 * snapshot for non-signal code), actions with optimistic updates, and an offline outbox.
 * Call `start()` to load the session. Throws a `GoalpostError` when `apiBase` is not an absolute
 * http(s) URL or `token` is neither a non-empty string nor a function.
 *
 * @example
 * const goalpost = createGoalpost({ apiBase: "https://api.example.com/goalpost", token });
 * await goalpost.start();
 * effect(() => console.log(goalpost.needsGoal.value));
 */
export function createGoalpost(options: GoalpostOptions): Goalpost {
  checkApiBase(options?.apiBase); // the client checks it too; this also covers no options at all
  const storage = options.storage ?? memoryStorage();
  const now = options.now ?? (() => Date.now());
  const isOnline = () => options.connectivity?.isOnline() ?? true;
  const client = createClient({
    apiBase: options.apiBase,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

  const state = createState();
  const emitter = createEmitter<GoalpostEvents>();
  const clock = createClock(now);
  const views = createViews(state, clock.time);
  // One timer, for the next moment the views change by time alone (a goal becomes overdue), or
  // relative days shown from `time` move on (at local midnight).
  clock.follow((time) =>
    Math.min(
      nextBoundary(
        views.goals.value,
        views.agreements.value.some((v) => v.suggestion),
        time,
      ) ?? Number.POSITIVE_INFINITY,
      nextLocalMidnight(time),
    ),
  );
  let storageKey = "";
  let destroyed = false;
  const assertAlive = () => {
    if (destroyed) throw new GoalpostError("This Goalpost instance was destroyed");
  };

  // Announces each goal that became achieved since the last call, however it happened.
  let knownStatuses = new Map<string, string>();
  const announceAchievements = () => {
    const goals = views.goals.peek();
    for (const goal of goals) {
      const agreement = state.agreements.peek().find((a) => a.id === goal.agreementId);
      if (goal.status === "achieved" && knownStatuses.get(goal.id) === "active" && agreement) {
        emitter.emit("goal:achieved", { goal, agreement });
      }
    }
    knownStatuses = new Map(goals.map((g) => [g.id, g.status]));
  };

  /** What `subscribe` started, each stopped by its unsubscribe or by `destroy()`. */
  const subscriptions = new Set<() => void>();
  const disposers = [
    saveSessionOnChange(state, storage, () => `${storageKey}:session`),
    options.connectivity?.subscribe((online) => {
      if (!online) {
        // Say so while it lasts (the UI tells the user their entries wait); back online, reload.
        if (state.status.peek() === "ready") state.status.value = "offline";
        return;
      }
      state.outbox.peek()?.online();
      if (state.status.peek() === "offline") void load().catch(() => {});
    }) ?? (() => {}),
  ];

  const keyFor = async () => {
    // The client's own cached token: a provider is asked once for both.
    const claims = tokenClaims(await client.currentToken());
    return `goalpost:${options.apiBase}:${claims.acc ?? "-"}:${claims.sub ?? "-"}`;
  };

  async function startOutbox(): Promise<void> {
    state.outbox.peek()?.stop();
    const outbox = createOutbox({
      storage,
      key: `${storageKey}:outbox`,
      send: (body, entry) =>
        entry.kind === "correct"
          ? client.updateMeasurement(body.id, entry.patch ?? {})
          : entry.kind === "delete"
            ? client.deleteMeasurement(body.id)
            : client.createMeasurement(body),
      now,
      isOnline,
      onDelivered: (entry, measurement) => {
        confirmMeasurement(measurement, entry.kind !== undefined);
        announceAchievements();
      },
    });
    state.outbox.value = outbox;
    await outbox.start();
  }

  // Which start is current: an answer for an earlier one (another user's, before `identify`) or
  // one that arrives after `destroy()` is dropped, never taken in.
  let generation = 0;
  const superseded = (started: number) => destroyed || started !== generation;

  async function start(): Promise<void> {
    assertAlive();
    const started = ++generation;
    try {
      const key = await keyFor();
      if (superseded(started)) return;
      storageKey = key;
    } catch (error) {
      if (superseded(started)) return;
      state.status.value = "error"; // the token provider failed: there is no session to load
      throw error;
    }
    try {
      await load(started);
    } finally {
      // Also when offline: it shows what waits, and sends it later.
      if (!superseded(started)) await startOutbox();
    }
  }

  async function load(started = generation): Promise<void> {
    state.status.value = state.session.peek() ? state.status.peek() : "loading";
    try {
      const session = await client.getSession();
      // Reading and checking the session was one task; taking it in is the next, so that a
      // starting page meets two short tasks rather than one long one.
      await new Promise((resolve) => setTimeout(resolve));
      if (superseded(started)) return;
      adopt(session, "ready");
      announceAchievements();
      emitter.emit("ready", { session });
    } catch (error) {
      if (superseded(started)) return;
      const offline = isNetworkError(error) || isTimeoutError(error);
      const saved =
        offline && !state.session.peek()
          ? await readSavedSession(storage, `${storageKey}:session`)
          : undefined;
      if (superseded(started)) return;
      if (saved) adopt(saved, "offline");
      else if (offline && state.session.peek()) state.status.value = "offline";
      else state.status.value = "error";
      throw error;
    }
  }

  function adopt(session: Session, status: GoalpostStatus): void {
    // Merge rather than replace: entries delivered while the session was on its way stay, and
    // so do corrections (the later one of two copies) and deletions confirmed meanwhile.
    const byId = new Map<string, Measurement>();
    for (const m of [...session.measurements, ...[...state.confirmed.peek().values()].flat()]) {
      const seen = byId.get(m.id);
      if (state.deleted.has(m.id) || (seen && !correctedLater(m, seen))) continue;
      byId.set(m.id, m);
    }
    const confirmed = new Map<string, Measurement[]>();
    for (const m of byId.values()) {
      confirmed.set(m.agreementId, [...(confirmed.get(m.agreementId) ?? []), m]);
    }
    for (const list of confirmed.values()) list.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    batch(() => {
      clock.tick();
      state.session.value = session;
      state.agreements.value = session.agreements.filter((a) => a.roleId === session.role.id);
      state.goals.value = session.goals;
      state.confirmed.value = confirmed;
      state.pulseDue.value = session.pulseDue;
      state.status.value = status;
    });
  }

  const context: ActionContext = {
    client,
    state,
    views,
    emitter,
    announceAchievements,
    now,
    generateId: options.generateId ?? (() => crypto.randomUUID()),
    assertUsable: () => {
      assertAlive();
      if (!state.session.peek()) throw new GoalpostError("Call start() and wait for it first");
    },
  };
  const kit = createActionKit(context);
  const { confirmMeasurement, ...progress } = progressActions(context, kit);
  const publicActions = {
    ...agreementActions(context, kit),
    ...goalActions(context, kit),
    ...progress,
    async submitPulse(body: CreatePulseBody) {
      context.assertUsable();
      const pulse = await kit.attempt("submitPulse", () => client.createPulse(body));
      state.pulseDue.value = false;
      emitter.emit("pulse:submitted", { pulse });
      return pulse;
    },
    dismissPulse() {
      state.pulseDue.value = false;
    },
    clearError() {
      state.error.value = undefined;
    },
  };

  const snapshot = computed(() => ({
    status: state.status.value,
    user: views.user.value,
    role: views.role.value,
    metrics: views.metrics.value,
    valueElements: views.valueElements.value,
    agreements: views.agreements.value,
    suggestedMetrics: views.suggestedMetrics.value,
    latestValues: views.latestValues.value,
    needsGoal: views.needsGoal.value,
    achieved: views.achieved.value,
    pulseDue: state.pulseDue.value,
    pending: views.pending.value,
    rejected: views.rejected.value,
    error: state.error.value,
    time: clock.time.value,
  }));

  return {
    status: state.status,
    session: state.session,
    user: views.user,
    role: views.role,
    metrics: views.metrics,
    valueElements: views.valueElements,
    agreements: views.agreements,
    goals: views.goals,
    activeGoals: views.activeGoals,
    history: views.history,
    suggestedMetrics: views.suggestedMetrics,
    latestValues: views.latestValues,
    needsGoal: views.needsGoal,
    achieved: views.achieved,
    pending: views.pending,
    rejected: views.rejected,
    pulseDue: state.pulseDue,
    error: state.error,
    time: clock.time,
    ...publicActions,

    start,
    async refresh() {
      assertAlive();
      await load();
    },
    async identify(next) {
      assertAlive();
      client.setToken(next);
      state.outbox.peek()?.stop();
      batch(() => {
        state.session.value = undefined;
        state.agreements.value = [];
        state.goals.value = [];
        state.confirmed.value = new Map();
        state.recorded.value = new Map();
        state.deleted.clear();
        state.cursors.clear();
        state.error.value = undefined;
      });
      await start();
    },
    on: emitter.on,
    subscribe(listener) {
      if (destroyed) return () => {};
      let first = true;
      const dispose = effect(() => {
        snapshot.value;
        if (first) first = false;
        // Untracked: the signals the listener reads are its own business, not a reason to call it.
        else untracked(listener);
      });
      const unsubscribe = () => {
        dispose();
        subscriptions.delete(unsubscribe);
      };
      subscriptions.add(unsubscribe);
      return unsubscribe;
    },
    getSnapshot: () => snapshot.value,
    destroy({ forget = false } = {}) {
      if (forget && storageKey) {
        // Queued after any save already on its way, so none writes the copy back.
        Promise.resolve()
          .then(() => storage.removeItem(`${storageKey}:session`))
          .catch(() => {}); // storage unusable: there is no copy to read back either
      }
      destroyed = true;
      state.outbox.peek()?.stop();
      for (const dispose of disposers) dispose();
      for (const unsubscribe of [...subscriptions]) unsubscribe();
      clock.stop();
      emitter.clear();
    },
  };
}

/** Whether `m` is a later correction of the same measurement than `seen`. */
function correctedLater(m: Measurement, seen: Measurement): boolean {
  const time = (x: Measurement) => (x.correctedAt ? Date.parse(x.correctedAt) : 0);
  return time(m) > time(seen);
}
