import type { ErrorIssue } from "@goalpost/core";
import { useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { fromDateInput, toDateInput } from "../setup/dateInput.ts";
import type { ActionRow } from "../setup/GoalActions.tsx";
import { GoalFields, goalPaths, planInput, restorePlan } from "../setup/GoalFields.tsx";
import { gainText, targetProblem } from "../setup/goalTarget.ts";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * Sets the next goal of an agreement that has its starting point: the target pre-filled from the
 * core's suggestion with the expected gain shown, the due date from the metric's period, and the
 * plan (what will change, actions, value elements) on request. After an achieved goal it is the
 * next step; after a missed one, a reset. (A first goal is set with its starting point, on the
 * baseline step.)
 */
export function GoalScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  // Taken once: while saving, the optimistic goal replaces the suggestion and the stage.
  const [{ suggested, stage }] = useState({ suggested: view?.suggestion, stage: view?.stage });
  const [draft, update, discard] = useDraft(
    `goal:${agreementId}`,
    () => ({
      text: suggested ? format.inputNumber(suggested.target) : "",
      due: suggested ? toDateInput(suggested.dueAt) : "",
      changes: "",
      rows: [] as ActionRow[],
      elements: [] as string[],
    }),
    (restored) => restorePlan(restored, view?.valueElements ?? []),
  );
  const { formRef, saving, fail, at, rest, save } = useSave();

  if (!view) return <SetupNotice title={t("setupMissingTitle")} text={t("setupMissing")} />;
  const { metric, lastGoal } = view;
  const title = t(
    stage === "missed" ? "goalResetTitle" : lastGoal ? "goalNextTitle" : "goalTitle",
    { metric: metric.name },
  );
  if (!saving && view.goal) return <SetupNotice title={title} text={t("goalActive")} />;
  if (view.atBest) return <SetupNotice title={title} text={t("atBest")} />;
  if (!suggested) {
    return (
      <SetupNotice title={title} text={t("goalNoBaseline")}>
        <button
          type="button"
          class="gp-btn"
          onClick={() => (ui.screen.value = { name: "baseline", agreementId })}
        >
          {t("baselineSubmit")}
        </button>
      </SetupNotice>
    );
  }

  const start = view.current?.value ?? 0;
  const target = format.parseNumber(draft.text);
  const problem = targetProblem(t, format, metric, start, draft.text);
  const gain = problem ? "" : gainText(t, format, metric, start, target, suggested.target);

  const submit = () => {
    const dueAt = fromDateInput(draft.due, suggested.dueAt);
    const problems: ErrorIssue[] = [];
    if (problem) problems.push({ path: ["target"], message: problem });
    if (!dueAt) problems.push({ path: ["dueAt"], message: t("setupChooseDate") });
    if (!dueAt || problems.length) return fail(...problems);
    void save(
      () =>
        goalpost.setGoal({
          agreementId,
          target,
          dueAt,
          ...planInput(draft),
        }),
      () => {
        discard();
        announce(t("goalDone"));
        ui.screen.value = { name: "home" };
      },
    );
  };

  return (
    <SetupForm
      title={title}
      formRef={formRef}
      saving={saving}
      submitLabel={t("goalSubmit")}
      problems={rest(goalPaths(draft.rows))}
      onSubmit={submit}
    >
      {lastGoal && stage !== "needs-goal" && (
        <p>
          {t(stage === "missed" ? "goalMissedNote" : "goalAchievedNote", {
            target: format.value(metric, lastGoal.target),
          })}
        </p>
      )}
      <GoalFields
        metric={metric}
        from={start}
        target={draft.text}
        onTarget={(text) => update({ text })}
        gain={gain}
        plan={draft}
        onPlan={update}
        elements={view.valueElements}
        at={at}
      />
    </SetupForm>
  );
}
