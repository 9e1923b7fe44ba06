import { checkTarget, checkValue, type ErrorIssue, improvement } from "@goalpost/core";
import { useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { Field } from "../setup/Field.tsx";
import { type ActionRow, actionRow, GoalActions } from "../setup/GoalActions.tsx";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { ValueElementChoices } from "../setup/ValueElementChoices.tsx";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";

/** An ISO time as the local date an `<input type="date">` shows. */
const toDateInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

/** The chosen local date at the suggested due time of day, as ISO; undefined when there is none. */
const fromDateInput = (text: string, like: string) => {
  const day = new Date(`${text}T00:00`);
  if (Number.isNaN(day.getTime())) return undefined;
  const due = new Date(like);
  due.setFullYear(day.getFullYear(), day.getMonth(), day.getDate());
  return due.toISOString();
};

/**
 * Sets the next goal of an agreement: the target pre-filled from the core's suggestion with the
 * expected gain shown, the due date from the metric's period, what will change, actions and the
 * value elements to use. After an achieved goal it is the next step; after a missed one, a reset.
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
    // Rows from a stored draft get keys of this page; anything malformed in it is left out.
    (restored) => ({
      ...restored,
      rows: restoreRows(restored.rows),
      elements: restored.elements.filter((id) => view?.valueElements.some((v) => v.id === id)),
    }),
  );
  const { text, due, changes, rows, elements } = draft;
  const { formRef, saving, fail, at, rest, save } = useSave();
  const setText = (typed: string) => update({ text: typed });
  const setDue = (typed: string) => update({ due: typed });
  const setChanges = (typed: string) => update({ changes: typed });
  const setRows = (next: ActionRow[]) => update({ rows: next });
  const setElements = (next: string[]) => update({ elements: next });

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
  const target = format.parseNumber(text);
  const targetProblem =
    text.trim() === ""
      ? t(metric.scale ? "setupChoose" : "setupEnter")
      : // The core's rule; when the value itself is fine, the problem is its side of the
        // current value, said with the value formatted.
        checkTarget(metric, start, target) &&
        (checkValue(metric, target) ??
          t(metric.direction === "increase" ? "goalAbove" : "goalBelow", {
            current: format.value(metric, start),
          }));
  const gain = improvement(start, target, metric.direction);
  const gainLine = targetProblem
    ? ""
    : t(target === suggested.target ? "goalGain" : "goalGainEdited", {
        // Percent and scale metrics move in points; other units by a share of where they are.
        gain:
          metric.unit.type === "percent" || metric.unit.type === "scale" || !start
            ? format.amount(metric, gain)
            : format.percent(gain / Math.abs(start)),
        current: format.value(metric, start),
        suggested: format.value(metric, suggested.target),
      });

  const submit = () => {
    const dueAt = fromDateInput(due, suggested.dueAt);
    const problems: ErrorIssue[] = [];
    if (targetProblem) problems.push({ path: ["target"], message: targetProblem });
    if (!dueAt) problems.push({ path: ["dueAt"], message: t("setupChooseDate") });
    if (!dueAt || problems.length) return fail(...problems);
    const said = changes.trim();
    void save(
      () =>
        goalpost.setGoal({
          agreementId,
          target,
          dueAt,
          ...(said ? { changes: said } : {}),
          actions: rows.map(({ title, owner }) => ({ title, owner })),
          valueElementIds: elements,
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
      problems={rest([
        ["target"],
        ["dueAt"],
        ["changes"],
        ...rows.map((_, i) => ["actions", i, "title"]),
      ])}
      onSubmit={submit}
    >
      {lastGoal && stage !== "needs-goal" && (
        <p>
          {t(stage === "missed" ? "goalMissedNote" : "goalAchievedNote", {
            target: format.value(metric, lastGoal.target),
          })}
        </p>
      )}
      <ValueInput
        metric={metric}
        label={t("goalTarget")}
        description={gainLine}
        text={text}
        onInput={setText}
        error={at("target")}
      />
      <Field
        label={t("goalDue")}
        hint={t("goalDueHint", { days: metric.periodDays })}
        error={at("dueAt")}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            class="gp-input"
            min={toDateInput(new Date().toISOString())}
            value={due}
            onInput={(event) => setDue(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t("goalChanges")} hint={t("goalChangesHint")} error={at("changes")}>
        {(control) => (
          <textarea
            {...control}
            class="gp-textarea"
            rows={3}
            value={changes}
            onInput={(event) => setChanges(event.currentTarget.value)}
          />
        )}
      </Field>
      <GoalActions rows={rows} onChange={setRows} error={(i) => at("actions", i, "title")} />
      <ValueElementChoices elements={view.valueElements} chosen={elements} onChange={setElements} />
    </SetupForm>
  );
}

/** Action rows kept in a draft, with new keys; rows that are not a title and an owner are dropped. */
function restoreRows(stored: readonly unknown[]): ActionRow[] {
  return stored.flatMap((row) => {
    const { title, owner } = (row ?? {}) as Partial<ActionRow>;
    return typeof title === "string" && (owner === "customer" || owner === "vendor")
      ? [actionRow(title, owner)]
      : [];
  });
}
