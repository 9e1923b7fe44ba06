import {
  type AgreementView,
  checkValue,
  type ErrorIssue,
  suggestDueAt,
  suggestTarget,
} from "@goalpost/core";
import { useState } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useDraft } from "../parts/useDraft.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { useWidget } from "../WidgetContext.ts";
import { dropOffer, offerFor } from "./baselineOffer.ts";
import { fromDateInput, toDateInput } from "./dateInput.ts";
import type { ActionRow } from "./GoalActions.tsx";
import { GoalFields, goalPaths, planInput, restorePlan } from "./GoalFields.tsx";
import { gainText, targetProblem } from "./goalTarget.ts";
import { SetupForm } from "./SetupForm.tsx";
import { offerFrom, StartValue } from "./StartValue.tsx";
import { useSave } from "./useSave.ts";

/**
 * Step 3 of the setup: where the user starts and their first goal, on one form. The target is
 * suggested from the starting point as it is typed (the core's `suggestTarget` at the team's
 * level) until the user changes it. For an app or integration metric the product's latest value
 * is offered as the start; choosing it saves it with its time and source, while a typed value is
 * the user's own (`self`). Saving records the starting point, then sets the goal; a start already
 * at the best the metric allows is saved alone.
 */
export function StartForm({ view }: { view: AgreementView }) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const { metric, agreement } = view;
  const agreementId = agreement.id;
  const baseline = agreement.baseline;
  const [dueLike] = useState(() => suggestDueAt(new Date().toISOString(), metric.periodDays));
  const [draft, update, discard] = useDraft(
    `start:${agreementId}`,
    () => ({
      start: baseline ? format.inputNumber(baseline.value) : "",
      /** Whether the start is the product's value, as offered (typing makes it the user's). */
      offered: false,
      target: "",
      /** Whether the user changed the target: then it no longer follows the start. */
      edited: false,
      due: toDateInput(dueLike),
      changes: "",
      rows: [] as ActionRow[],
      elements: [] as string[],
    }),
    (restored) => restorePlan(restored, view.valueElements),
  );
  const { formRef, saving, fail, at, rest, save } = useSave();
  const startValue = format.parseNumber(draft.start);
  const check = useValueCheck(agreementId, startValue);

  const offer = offerFor(ui.drafts, view);
  // The offer is used only while the field still shows its value.
  const chosen = draft.offered && offer && format.inputNumber(offer.value) === draft.start;
  const startProblem =
    draft.start.trim() === ""
      ? t(metric.scale ? "setupChoose" : "setupEnter")
      : checkValue(metric, startValue);
  const level = goalpost.role.value?.maturity.find(
    (l) => l.level === (agreement.maturityLevel ?? 1),
  );
  const suggested =
    startProblem || !level
      ? undefined
      : suggestTarget({ baseline: startValue, expectedGain: level.expectedGain, metric });
  const atBest = suggested !== undefined && suggested === startValue;
  const targetText =
    draft.edited || suggested === undefined ? draft.target : format.inputNumber(suggested);
  const target = format.parseNumber(targetText);
  const problem =
    suggested === undefined ? undefined : targetProblem(t, format, metric, startValue, targetText);
  const gain =
    suggested === undefined
      ? t("goalTargetWaits")
      : problem
        ? ""
        : gainText(t, format, metric, startValue, target, suggested);

  const useOffer = () => {
    if (!offer) return;
    update({ start: format.inputNumber(offer.value), offered: true });
    announce(
      t("baselineOfferChosen", {
        metric: metric.name,
        value: format.value(metric, offer.value),
        from: offerFrom(t, format, metric, offer, goalpost.time.peek()),
      }),
    );
  };

  const submit = () => {
    const dueAt = fromDateInput(draft.due, dueLike);
    const problems: ErrorIssue[] = [];
    if (startProblem) problems.push({ path: ["baseline", "value"], message: startProblem });
    if (!atBest && problem) problems.push({ path: ["target"], message: problem });
    if (!atBest && !dueAt) problems.push({ path: ["dueAt"], message: t("setupChooseDate") });
    if (problems.length) return fail(...problems);
    if (!chosen && check.holds(startValue)) return; // asked once: "Is 1,000 hours right?"
    // The product's value with its time and source; a typed one is the user's own.
    const start = chosen && offer ? { ...offer } : startValue;
    const recorded =
      baseline?.value === startValue && (chosen ? baseline.source === offer?.source : true);
    void save(
      async () => {
        if (!recorded) await goalpost.setBaseline(agreementId, start);
        if (atBest || !dueAt) return;
        await goalpost.setGoal({
          agreementId,
          target,
          dueAt,
          ...planInput(draft),
        });
      },
      () => {
        discard();
        dropOffer(ui.drafts, agreementId);
        announce(t(atBest ? "saved" : "goalDone"));
        ui.screen.value = { name: "home" };
      },
    );
  };

  return (
    <SetupForm
      title={t("goalTitle", { metric: metric.name })}
      step={3}
      formRef={formRef}
      saving={saving}
      submitLabel={t(atBest ? "baselineSubmit" : "goalSubmit")}
      problems={rest([["baseline"], ...goalPaths(draft.rows)])}
      onSubmit={submit}
      extra={<GoButton to={{ name: "maturity", agreementId }} label={t("goalChangeLevel")} quiet />}
      after={<ValueQuestion metric={metric} check={check} />}
    >
      <StartValue
        metric={metric}
        text={draft.start}
        onInput={(start) => update({ start, offered: false })}
        offer={offer}
        chosen={Boolean(chosen)}
        onOffer={useOffer}
        error={at("baseline")}
      />
      {atBest ? (
        <p>{t("atBest")}</p>
      ) : (
        <GoalFields
          metric={metric}
          from={suggested === undefined ? undefined : startValue}
          target={targetText}
          onTarget={(text) => update({ target: text, edited: true })}
          gain={gain}
          plan={draft}
          onPlan={update}
          elements={view.valueElements}
          at={at}
        />
      )}
    </SetupForm>
  );
}
