import { batch } from "@preact/signals-core";
import type { Metric } from "../contract/catalog.ts";
import {
  CreateMeasurementBody,
  type Measurement,
  UpdateMeasurementBody,
} from "../contract/measurement.ts";
import { limits } from "../contract/primitives.ts";
import { toValidationIssues } from "../contract/toValidationIssues.ts";
import { GoalpostError } from "../errors/GoalpostError.ts";
import { ValidationError } from "../errors/ValidationError.ts";
import { checkCorrection } from "../math/checkCorrection.ts";
import { checkLoggable } from "../math/checkLoggable.ts";
import { checkMeasurement } from "../math/checkMeasurement.ts";
import { checkPlausible } from "../math/checkPlausible.ts";
import { settleCorrection } from "../math/settleCorrection.ts";
import { checkValue } from "../math/valueBounds.ts";
import { applyMeasurement } from "./applyMeasurement.ts";
import { compact } from "./compact.ts";
import type { ActionContext, ActionKit } from "./createActionKit.ts";
import type { AgreementView, Goalpost, HistoryEntry } from "./types.ts";

type ProgressActions = Pick<
  Goalpost,
  | "logProgress"
  | "record"
  | "checkPlausible"
  | "correctEntry"
  | "deleteEntry"
  | "loadHistory"
  | "hasOlderHistory"
  | "discardRejected"
  | "retryRejected"
>;

const newestFirst = (a: Measurement, b: Measurement) => Date.parse(b.at) - Date.parse(a.at);

/** Progress and app records through the outbox, older history, and refused entries. */
export function progressActions(ctx: ActionContext, kit: ActionKit) {
  const { client, state, views, emitter } = ctx;

  /** Validates a data point, stores it in the outbox (sent when possible) and shows it. */
  async function enqueue(
    action: string,
    view: AgreementView,
    value: number,
    source: Measurement["source"],
    extra: { at?: string; phase?: "start" | "end"; note?: string },
  ): Promise<HistoryEntry> {
    const point = { value, source, ...extra };
    kit.orRefuse(action, checkMeasurement(view.metric, point, new Date(ctx.now())));
    const outbox = state.outbox.peek() ?? kit.report(action, new GoalpostError("not started"));
    const parsed = CreateMeasurementBody.safeParse(
      compact({
        id: ctx.generateId(),
        agreementId: view.agreement.id,
        value,
        source,
        ...extra,
        at: extra.at ?? kit.isoNow(),
      }),
    );
    if (!parsed.success)
      kit.report(action, new ValidationError(action, toValidationIssues(parsed.error)));
    const body = parsed.data as CreateMeasurementBody & { at: string };
    await kit.attempt(action, () => outbox.enqueue(body));
    const measurement: HistoryEntry = {
      ...body,
      userId: views.user.peek()?.id ?? "",
      pending: true,
    };
    emitter.emit("progress:logged", { measurement });
    ctx.announceAchievements();
    return measurement;
  }

  /**
   * Checks a correction (with `patch`) or deletion of one of the user's entries as the server
   * would, then hands it to the outbox: an entry still waiting there is amended or dropped, any
   * other gets a correction sent after it. The history and goals show it at once.
   */
  async function amend(
    action: string,
    measurementId: string,
    patch: UpdateMeasurementBody | undefined,
  ): Promise<HistoryEntry | undefined> {
    ctx.assertUsable();
    let found: { view: AgreementView; entry: HistoryEntry } | undefined;
    for (const view of views.agreements.peek()) {
      const entry = view.history.find((m) => m.id === measurementId);
      if (entry) found = { view, entry };
    }
    if (!found)
      return kit.refuse(action, ["id"], `no entry "${measurementId}" in this role's history`);
    const { view, entry } = found;
    if (patch) {
      const parsed = UpdateMeasurementBody.safeParse(patch);
      if (!parsed.success)
        kit.report(action, new ValidationError(action, toValidationIssues(parsed.error)));
    }
    const userId = views.user.peek()?.id ?? "";
    kit.orRefuse(action, checkCorrection(view.metric, entry, userId, patch?.value));
    kit.orRefuse(action, checkLoggable(view.agreement));
    const outbox = state.outbox.peek() ?? kit.report(action, new GoalpostError("not started"));
    const { pending: _pending, userId: _user, correctedAt: _c, deletedAt: _d, ...body } = entry;
    const carrier = await kit.attempt(action, () =>
      outbox.amend(body, patch ?? "delete", ctx.generateId()),
    );
    ctx.announceAchievements();
    if (!patch) return undefined;
    const corrected = views.history
      .peek()
      .get(entry.agreementId)
      ?.find((m) => m.id === entry.id);
    // Older than the history in hand: the outbox's copy says what it will be.
    return corrected ?? { ...entry, value: carrier?.body.value ?? entry.value, pending: true };
  }

  const actions: ProgressActions = {
    async logProgress({ agreementId, value, ...extra }) {
      const view = kit.view("logProgress", agreementId);
      const { collection, name } = view.metric;
      kit.orRefuse("logProgress", checkLoggable(view.agreement));
      if (collection !== "self" && collection !== "scale") {
        kit.refuse(
          "logProgress",
          ["agreementId"],
          `${name} comes from ${collection === "app" ? "the app" : "an integration"}, not from entries`,
        );
      }
      return enqueue("logProgress", view, value, collection as "self" | "scale", extra);
    },

    async record(metricId, value, extra = {}) {
      ctx.assertUsable();
      const view = views.agreements
        .peek()
        .find((v) => v.metric.id === metricId && v.agreement.status === "agreed");
      const metric = view?.metric ?? views.metrics.peek().find((m) => m.id === metricId);
      if (!metric) kit.refuse("record", ["metricId"], `"${metricId}" is not a metric of this role`);
      if (metric?.collection !== "app")
        kit.refuse("record", ["metricId"], `"${metricId}" is not an app-generated metric`);
      if (view) return enqueue("record", view, value, "app", extra);
      // Not agreed yet: no entry, but the value to offer as the baseline when it is.
      const at = extra.at ?? kit.isoNow();
      const point = { value, source: "app" as const, at };
      kit.orRefuse("record", checkMeasurement(metric as Metric, point, new Date(ctx.now())));
      state.recorded.value = new Map(state.recorded.peek()).set(metricId, {
        metricId,
        value,
        at,
        source: "app",
      });
      return undefined;
    },

    correctEntry: (measurementId, patch) =>
      amend("correctEntry", measurementId, patch) as Promise<HistoryEntry>,

    async deleteEntry(measurementId) {
      await amend("deleteEntry", measurementId, undefined);
    },

    checkPlausible(agreementId, value) {
      // A question, not an action: an unknown id throws, but leaves `error` and its event alone.
      const view = views.agreements.peek().find((v) => v.agreement.id === agreementId);
      if (!view) {
        const message = `no agreement "${agreementId}" for this role`;
        throw new ValidationError("checkPlausible", [{ path: ["agreementId"], message }]);
      }
      return checkPlausible(view.metric, value, {
        baseline: view.agreement.baseline?.value,
        recent: view.history.map((m) => m.value),
        goal: view.goal,
      });
    },

    async loadHistory(agreementId) {
      kit.view("loadHistory", agreementId);
      const cursor = state.cursors.get(agreementId);
      if (cursor === null) return false;
      const page = await kit.attempt("loadHistory", () =>
        client.listMeasurements(agreementId, cursor ? { cursor } : {}),
      );
      const known = new Map((state.confirmed.peek().get(agreementId) ?? []).map((m) => [m.id, m]));
      for (const m of page.items) known.set(m.id, m);
      state.confirmed.value = new Map(state.confirmed.peek()).set(
        agreementId,
        [...known.values()].sort(newestFirst),
      );
      state.cursors.set(agreementId, page.nextCursor ?? null);
      return page.nextCursor !== undefined;
    },

    hasOlderHistory(agreementId) {
      const cursor = state.cursors.get(agreementId);
      if (cursor !== undefined) return cursor !== null;
      const carried = state.session.peek()?.measurements ?? [];
      const ofAgreement = carried.filter((m) => m.agreementId === agreementId).length;
      return ofAgreement >= limits.recentMeasurements;
    },

    async discardRejected(id) {
      await state.outbox.peek()?.discard(id);
    },

    async retryRejected(id, value) {
      const outbox = state.outbox.peek();
      const entry = outbox?.rejected.peek().find((e) => e.id === id);
      if (!outbox || !entry) return;
      if (value !== undefined) {
        const view = kit.view("retryRejected", entry.body.agreementId);
        const problem = checkValue(view.metric, value);
        if (problem) kit.refuse("retryRejected", ["value"], problem);
      }
      await outbox.retry(id, value === undefined ? undefined : { ...entry.body, value });
    },
  };

  return {
    ...actions,
    /**
     * Takes in a measurement the server confirmed, new (`corrected` false) or corrected or
     * deleted (a tombstone): history and goals follow it, by the rules the server applied.
     */
    confirmMeasurement(measurement: Measurement, corrected = false): void {
      const list = (state.confirmed.peek().get(measurement.agreementId) ?? []).filter(
        (m) => m.id !== measurement.id,
      );
      if (measurement.deletedAt !== undefined) state.deleted.add(measurement.id);
      const next = measurement.deletedAt === undefined ? [measurement, ...list] : list;
      const agreement = state.agreements.peek().find((a) => a.id === measurement.agreementId);
      const metric = views.metrics.peek().find((m) => m.id === agreement?.metricId);
      batch(() => {
        state.confirmed.value = new Map(state.confirmed.peek()).set(
          measurement.agreementId,
          next.sort(newestFirst),
        );
        if (!metric) return;
        state.goals.value = corrected
          ? settleCorrection(
              state.goals.peek(),
              measurement.agreementId,
              measurement.at,
              next,
              metric.direction,
              new Date(ctx.now()),
            )
          : applyMeasurement(state.goals.peek(), measurement, metric.direction);
      });
    },
  };
}
