import { batch } from "@preact/signals-core";
import type { GoalpostClient } from "../client/createClient.ts";
import { toValidationIssues } from "../client/toValidationIssues.ts";
import type { Agreement, UpdateAgreementBody } from "../contract/agreement.ts";
import type { Goal } from "../contract/goal.ts";
import { CreateMeasurementBody, type Measurement } from "../contract/measurement.ts";
import type { CreatePulseBody } from "../contract/pulse.ts";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { checkTarget } from "../math/checkTarget.ts";
import { checkValue } from "../math/valueBounds.ts";
import { applyMeasurement } from "./applyMeasurement.ts";
import type { createEmitter } from "./createEmitter.ts";
import type { StoreState } from "./createState.ts";
import type { StoreViews } from "./createViews.ts";
import type { Goalpost, GoalpostEvents, HistoryEntry } from "./types.ts";

interface ActionContext {
  client: GoalpostClient;
  state: StoreState;
  views: StoreViews;
  emitter: ReturnType<typeof createEmitter<GoalpostEvents>>;
  /** Emits `goal:achieved` for goals achieved since it was last called. */
  announceAchievements: () => void;
  now: () => number;
  generateId: () => string;
  /** Throws when the SDK cannot act (destroyed, or no session yet). */
  assertUsable: () => void;
}

type Actions = Pick<
  Goalpost,
  | "agreeMetric"
  | "retireMetric"
  | "setBaseline"
  | "setMaturity"
  | "setGoal"
  | "updateGoal"
  | "logProgress"
  | "record"
  | "submitPulse"
  | "dismissPulse"
  | "loadHistory"
  | "discardRejected"
  | "retryRejected"
  | "clearError"
>;

/**
 * The store's actions. Changes show at once (optimistic) and roll back, with an `error` the UI
 * can show, when the server refuses. Progress goes through the outbox.
 */
export function createActions(ctx: ActionContext): Actions & {
  confirmMeasurement(measurement: Measurement): void;
} {
  const { client, state, views, emitter } = ctx;
  const isoNow = () => new Date(ctx.now()).toISOString();

  /** Runs a server call after an optimistic change; on failure restores, records and rethrows. */
  async function attempt<T>(action: string, run: () => Promise<T>, restore = () => {}): Promise<T> {
    try {
      const result = await run();
      state.error.value = undefined;
      return result;
    } catch (cause) {
      const error =
        cause instanceof GoalpostError ? cause : new GoalpostError(`${action} failed`, { cause });
      batch(() => {
        restore();
        state.error.value = { action, error };
      });
      emitter.emit("error", { action, error });
      throw error;
    }
  }

  const fail = (action: string, path: (string | number)[], message: string) =>
    attempt(action, () => Promise.reject(new ValidationError(action, [{ path, message }])));

  function findAgreement(id: string): Agreement {
    const agreement = state.agreements.peek().find((a) => a.id === id);
    if (!agreement)
      throw new ValidationError("agreementId", [
        { path: ["agreementId"], message: `no agreement "${id}" for this role` },
      ]);
    return agreement;
  }

  function replaceAgreement(id: string, next: Agreement | undefined): void {
    state.agreements.value = next
      ? state.agreements.peek().map((a) => (a.id === id ? next : a))
      : state.agreements.peek().filter((a) => a.id !== id);
  }

  async function patchAgreement(
    action: string,
    id: string,
    body: UpdateAgreementBody,
    local: Partial<Agreement>,
  ) {
    ctx.assertUsable();
    const before = findAgreement(id);
    const goalsBefore = state.goals.peek();
    batch(() => {
      replaceAgreement(id, { ...before, ...local });
      if (local.status === "retired") {
        state.goals.value = goalsBefore.map((g) =>
          g.agreementId === id && g.status === "active" ? { ...g, status: "abandoned" } : g,
        );
      }
    });
    const agreement = await attempt(
      action,
      () => client.updateAgreement(id, body),
      () => {
        replaceAgreement(id, before);
        state.goals.value = goalsBefore;
      },
    );
    replaceAgreement(id, agreement);
    return agreement;
  }

  function replaceGoal(id: string, next: Goal | undefined): void {
    state.goals.value = next
      ? state.goals.peek().map((g) => (g.id === id ? next : g))
      : state.goals.peek().filter((g) => g.id !== id);
  }

  async function enqueue(
    action: string,
    agreementId: string,
    value: number,
    source: Measurement["source"],
    extra: {
      at?: string | undefined;
      phase?: "start" | "end" | undefined;
      note?: string | undefined;
    },
  ): Promise<HistoryEntry> {
    ctx.assertUsable();
    const outbox = state.outbox.peek();
    if (!outbox) throw new GoalpostError("The outbox is not running; call start() first");
    const parsed = CreateMeasurementBody.safeParse({
      id: ctx.generateId(),
      agreementId,
      value,
      at: extra.at ?? isoNow(),
      source,
      ...(extra.phase ? { phase: extra.phase } : {}),
      ...(extra.note ? { note: extra.note } : {}),
    });
    if (!parsed.success) {
      return attempt(action, () =>
        Promise.reject(new ValidationError(action, toValidationIssues(parsed.error))),
      );
    }
    await attempt(action, () => outbox.enqueue(parsed.data));
    const measurement: HistoryEntry = {
      ...parsed.data,
      at: parsed.data.at ?? isoNow(),
      userId: views.user.peek()?.id ?? "",
      pending: true,
    };
    emitter.emit("progress:logged", { measurement });
    ctx.announceAchievements();
    return measurement;
  }

  return {
    confirmMeasurement(measurement) {
      const confirmed = new Map(state.confirmed.peek());
      const list = (confirmed.get(measurement.agreementId) ?? []).filter(
        (m) => m.id !== measurement.id,
      );
      confirmed.set(
        measurement.agreementId,
        [measurement, ...list].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
      );
      const agreement = state.agreements.peek().find((a) => a.id === measurement.agreementId);
      const metric = views.metrics.peek().find((m) => m.id === agreement?.metricId);
      batch(() => {
        state.confirmed.value = confirmed;
        if (metric)
          state.goals.value = applyMeasurement(state.goals.peek(), measurement, metric.direction);
      });
    },

    async agreeMetric(metricId, options = {}) {
      ctx.assertUsable();
      const session = state.session.peek();
      const metric = views.metrics.peek().find((m) => m.id === metricId);
      if (!session || !metric)
        return fail("agreeMetric", ["metricId"], `"${metricId}" is not a metric of this role`);
      if (options.baseline !== undefined) {
        const problem = checkValue(metric, options.baseline);
        if (problem) return fail("agreeMetric", ["baseline", "value"], problem);
      }
      const at = isoNow();
      const local: Agreement = {
        id: `local-${ctx.generateId()}`,
        accountId: session.user.accountId,
        roleId: session.role.id,
        metricId,
        status: "agreed",
        proposedBy: "customer",
        agreedAt: at,
        ...(options.maturityLevel ? { maturityLevel: options.maturityLevel } : {}),
        ...(options.baseline !== undefined
          ? { baseline: { value: options.baseline, at, source: metric.collection } }
          : {}),
      };
      state.agreements.value = [...state.agreements.peek(), local];
      const agreement = await attempt(
        "agreeMetric",
        () =>
          client.createAgreement({
            metricId,
            ...(options.maturityLevel ? { maturityLevel: options.maturityLevel } : {}),
            ...(options.baseline !== undefined
              ? { baseline: { value: options.baseline, at } }
              : {}),
          }),
        () => replaceAgreement(local.id, undefined),
      );
      replaceAgreement(local.id, agreement);
      emitter.emit("metric:agreed", { agreement });
      return agreement;
    },

    retireMetric: (id) =>
      patchAgreement(
        "retireMetric",
        id,
        { status: "retired" },
        { status: "retired", retiredAt: isoNow() },
      ),

    async setBaseline(id, value, at = isoNow()) {
      ctx.assertUsable();
      const agreement = findAgreement(id);
      const metric = views.metrics.peek().find((m) => m.id === agreement.metricId);
      const problem = metric && checkValue(metric, value);
      if (problem) return fail("setBaseline", ["baseline", "value"], problem);
      const source = metric?.collection ?? "self";
      return patchAgreement(
        "setBaseline",
        id,
        { baseline: { value, at } },
        { baseline: { value, at, source } },
      );
    },

    setMaturity: (id, level) => {
      const known = views.role.peek()?.maturity.some((l) => l.level === level);
      if (!known)
        return fail("setMaturity", ["maturityLevel"], `no maturity level ${level} for this role`);
      return patchAgreement("setMaturity", id, { maturityLevel: level }, { maturityLevel: level });
    },

    async setGoal(input) {
      ctx.assertUsable();
      const view = views.agreements.peek().find((v) => v.agreement.id === input.agreementId);
      if (!view)
        return fail(
          "setGoal",
          ["agreementId"],
          `no agreement "${input.agreementId}" for this role`,
        );
      if (view.goal)
        return fail("setGoal", ["agreementId"], "this metric already has an active goal");
      const start = view.current ?? view.agreement.baseline;
      if (!start)
        return fail("setGoal", ["agreementId"], "record a baseline before setting a goal");
      const target = input.target ?? view.suggestion?.target;
      const dueAt = input.dueAt ?? view.suggestion?.dueAt;
      if (target === undefined || dueAt === undefined)
        return fail("setGoal", ["target"], "a target and a due date are needed");
      const problem = checkTarget(view.metric, start.value, target);
      if (problem) return fail("setGoal", ["target"], problem);
      if (Date.parse(dueAt) <= ctx.now())
        return fail("setGoal", ["dueAt"], "must be in the future");
      const body = {
        agreementId: input.agreementId,
        target,
        dueAt,
        ...(input.changes ? { changes: input.changes } : {}),
        ...(input.actions ? { actions: input.actions } : {}),
        ...(input.valueElementIds ? { valueElementIds: input.valueElementIds } : {}),
      };
      const local: Goal = {
        id: `local-${ctx.generateId()}`,
        agreementId: input.agreementId,
        startValue: start.value,
        target,
        startAt: isoNow(),
        dueAt,
        status: "active",
        ...(input.changes ? { changes: input.changes } : {}),
        actions: (input.actions ?? []).map((a, i) => ({
          id: a.id ?? `local-${i}`,
          title: a.title,
          owner: a.owner,
          done: a.done ?? false,
        })),
        valueElementIds: input.valueElementIds ?? [],
        ...(view.lastGoal ? { previousGoalId: view.lastGoal.id } : {}),
      };
      state.goals.value = [...state.goals.peek(), local];
      const goal = await attempt(
        "setGoal",
        () => client.createGoal(body),
        () => replaceGoal(local.id, undefined),
      );
      replaceGoal(local.id, goal);
      ctx.announceAchievements();
      emitter.emit("goal:set", { goal });
      return goal;
    },

    async updateGoal(id, changes) {
      ctx.assertUsable();
      const before = state.goals.peek().find((g) => g.id === id);
      if (!before) return fail("updateGoal", ["goalId"], `no goal "${id}"`);
      const { actions, target, dueAt, status, changes: text } = changes;
      replaceGoal(id, {
        ...before,
        ...(target !== undefined ? { target } : {}),
        ...(dueAt !== undefined ? { dueAt } : {}),
        ...(text !== undefined ? { changes: text } : {}),
        ...(status ? { status, closedAt: isoNow() } : {}),
        ...(changes.valueElementIds ? { valueElementIds: changes.valueElementIds } : {}),
        ...(actions
          ? {
              actions: actions.map((a, i) => ({
                id: a.id ?? `local-${i}`,
                title: a.title,
                owner: a.owner,
                done: a.done ?? false,
              })),
            }
          : {}),
      });
      const goal = await attempt(
        "updateGoal",
        () => client.updateGoal(id, changes),
        () => replaceGoal(id, before),
      );
      replaceGoal(id, goal);
      return goal;
    },

    async logProgress(input) {
      ctx.assertUsable();
      const view = views.agreements.peek().find((v) => v.agreement.id === input.agreementId);
      if (view?.agreement.status !== "agreed")
        return fail(
          "logProgress",
          ["agreementId"],
          `no agreed metric "${input.agreementId}" for this role`,
        );
      const { collection } = view.metric;
      if (collection !== "self" && collection !== "scale")
        return fail(
          "logProgress",
          ["agreementId"],
          `${view.metric.name} is collected by ${collection === "app" ? "the app" : "an integration"}, not entered by hand`,
        );
      const problem = checkValue(view.metric, input.value);
      if (problem) return fail("logProgress", ["value"], problem);
      return enqueue("logProgress", input.agreementId, input.value, collection, input);
    },

    async record(metricId, value, options = {}) {
      ctx.assertUsable();
      const view = views.agreements
        .peek()
        .find((v) => v.metric.id === metricId && v.agreement.status === "agreed");
      if (!view)
        return fail(
          "record",
          ["metricId"],
          `"${metricId}" is not agreed by this user's role, so there is nothing to record it against`,
        );
      if (view.metric.collection !== "app")
        return fail("record", ["metricId"], `"${metricId}" is not an app-generated metric`);
      const problem = checkValue(view.metric, value);
      if (problem) return fail("record", ["value"], problem);
      return enqueue("record", view.agreement.id, value, "app", options);
    },

    async submitPulse(body: CreatePulseBody) {
      ctx.assertUsable();
      const pulse = await attempt("submitPulse", () => client.createPulse(body));
      state.pulseDue.value = false;
      emitter.emit("pulse:submitted", { pulse });
      return pulse;
    },

    dismissPulse() {
      state.pulseDue.value = false;
    },

    async loadHistory(agreementId) {
      ctx.assertUsable();
      findAgreement(agreementId);
      const cursor = state.cursors.get(agreementId);
      if (cursor === null) return false;
      const page = await attempt("loadHistory", () =>
        client.listMeasurements(agreementId, cursor ? { cursor } : {}),
      );
      const confirmed = new Map(state.confirmed.peek());
      const known = new Map((confirmed.get(agreementId) ?? []).map((m) => [m.id, m]));
      for (const m of page.items) known.set(m.id, m);
      confirmed.set(
        agreementId,
        [...known.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
      );
      state.confirmed.value = confirmed;
      state.cursors.set(agreementId, page.nextCursor ?? null);
      return page.nextCursor !== undefined;
    },

    async discardRejected(id) {
      await state.outbox.peek()?.discard(id);
    },

    async retryRejected(id, value) {
      const outbox = state.outbox.peek();
      const entry = outbox?.rejected.peek().find((e) => e.id === id);
      if (!outbox || !entry) return;
      await outbox.retry(id, value === undefined ? undefined : { ...entry.body, value });
    },

    clearError() {
      state.error.value = undefined;
    },
  };
}
