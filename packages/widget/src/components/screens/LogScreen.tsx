import { type AgreementView, isValidationError, limits } from "@goalpost/core";
import { useId, useRef, useState } from "preact/hooks";
import { sentence } from "../../i18n/sentence.ts";
import { BaselineAndLevel } from "../correct/BaselineAndLevel.tsx";
import { HistoryList } from "../home/HistoryList.tsx";
import { LatestValues } from "../home/LatestValues.tsx";
import { LogFigures } from "../home/LogFigures.tsx";
import { ScreenHeader } from "../home/ScreenHeader.tsx";
import { whenSent } from "../home/whenSent.ts";
import { focusFirstProblem } from "../parts/focusFirstProblem.ts";
import { LikertScale } from "../parts/LikertScale.tsx";
import { NumberField } from "../parts/NumberField.tsx";
import { unitLabel } from "../parts/unitLabel.ts";
import { useDraft } from "../parts/useDraft.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { useWidget } from "../WidgetContext.ts";

type Phase = "start" | "end";

/**
 * Logs progress for one agreed metric with the input its collection method calls for: a number
 * with its unit, or the anchored scale with the phase of the period. App and integration metrics
 * show their latest values instead. Both start with the current value, the target and the last
 * entry. Saved through the outbox, so it works offline too. Below: the baseline and level, each
 * to change later, and the entries, the user's own to correct or delete (`change: "baseline"`
 * arrives with the baseline's correction open).
 */
export function LogScreen({
  agreementId,
  change,
}: {
  agreementId: string;
  change?: "baseline" | undefined;
}) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  const [draft, update, discard] = useDraft(`log:${agreementId}`, () => ({
    text: "",
    score: undefined as number | undefined,
    phase: (hasStartAssessment(view) ? "end" : "start") as Phase,
    note: "",
  }));
  const { text, note } = draft;
  const score = typeof draft.score === "number" ? draft.score : undefined;
  const phase: Phase = draft.phase === "end" ? "end" : "start";
  const setText = (typed: string) => update({ text: typed });
  const setScore = (chosen: number) => update({ score: chosen });
  const setPhase = (chosen: Phase) => update({ phase: chosen });
  const setNote = (typed: string) => update({ note: typed });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const check = useValueCheck(agreementId, format.parseNumber(text));
  if (!view) return <ScreenHeader title={t("notFound")} />;

  const { metric } = view;
  const title = t("logTitle", { metric: metric.name });
  if (metric.collection === "app" || metric.collection === "integration") {
    return (
      <div class="gp-stack">
        <ScreenHeader title={t("latestTitle", { metric: metric.name })} />
        <LogFigures view={view} />
        <LatestValues view={view} />
        <BaselineAndLevel view={view} {...(change ? { change } : {})} />
      </div>
    );
  }
  const { scale } = metric;

  const fail = (found: Record<string, string>) => {
    setErrors(found);
    announce(Object.values(found).join(" "));
    setTimeout(() => focusFirstProblem(formRef.current)); // once the problem is shown
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (sending.current || !view) return;
    const value = scale ? (score ?? Number.NaN) : format.parseNumber(text);
    if (Number.isNaN(value)) return fail({ value: t(scale ? "pickPoint" : "enterNumber") });
    if (check.holds(value)) return; // asked once: "6 hours → 1,000 hours?"
    sending.current = true;
    setBusy(true);
    let entry: { id: string };
    try {
      entry = await goalpost.logProgress({
        agreementId,
        value,
        ...(scale ? { phase } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    } catch (error) {
      const issues = isValidationError(error) ? error.issues : [];
      const found: Record<string, string> = {};
      for (const { path, message } of issues) {
        found[path[0] === "value" || path[0] === "note" ? path[0] : "form"] = sentence(message);
      }
      if (!issues.length) found.form = sentence((error as Error).message);
      goalpost.clearError(); // shown here, by its field
      sending.current = false;
      setBusy(false);
      return fail(found);
    }
    discard();
    const after = goalpost.agreements.peek().find((v) => v.agreement.id === agreementId);
    const reached = view.stage === "on-track" && after?.stage === "achieved";
    ui.screen.value = { name: "home" };
    const waiting = await whenSent(goalpost.pending, 1000);
    // A refused entry is not saved: the status bar's alert says so, and why.
    if (goalpost.rejected.peek().some((r) => r.id === entry.id)) return;
    const saved = waiting ? t("savedPending", { count: waiting }) : t("saved");
    announce(reached ? `${saved}. ${t("reachedAnnounce", { metric: metric.name })}` : saved);
  }

  return (
    <div class="gp-stack">
      <ScreenHeader title={title} />
      <LogFigures view={view} />
      <form class="gp-stack" onSubmit={submit} noValidate ref={formRef}>
        {scale ? (
          <>
            <LikertScale
              legend={t("scaleLegend")}
              description={metric.description}
              scale={scale}
              value={score}
              onChange={setScore}
              error={errors.value}
            />
            <fieldset class="gp-field">
              <legend>{t("phaseLegend")}</legend>
              {(["start", "end"] as const).map((p) => (
                <label key={p} class="gp-row">
                  <input
                    type="radio"
                    name={`${id}-phase`}
                    checked={phase === p}
                    onChange={() => setPhase(p)}
                  />
                  {t(p === "start" ? "phaseStart" : "phaseEnd")}
                </label>
              ))}
            </fieldset>
          </>
        ) : (
          <NumberField
            label={metric.name}
            unit={unitLabel(metric.unit, t, format)}
            description={metric.description}
            value={text}
            onInput={setText}
            error={errors.value}
          />
        )}
        <div class="gp-field">
          <label for={id}>{t("noteLabel")}</label>
          <p id={`${id}-d`} class="gp-muted">
            {t("noteHint")}
          </p>
          <textarea
            id={id}
            class="gp-textarea"
            maxLength={limits.noteLength}
            value={note}
            aria-invalid={errors.note ? "true" : undefined}
            aria-describedby={errors.note ? `${id}-d ${id}-e` : `${id}-d`}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          {errors.note && (
            <p id={`${id}-e`} class="gp-error">
              {errors.note}
            </p>
          )}
        </div>
        {errors.form && <p class="gp-error">{errors.form}</p>}
        <div class="gp-row gp-actions">
          <button type="submit" class="gp-btn" aria-disabled={busy}>
            {t(busy ? "saving" : "saveEntry")}
          </button>
        </div>
        <ValueQuestion metric={metric} check={check} />
      </form>
      <BaselineAndLevel view={view} {...(change ? { change } : {})} />
      <HistoryList view={view} editable />
    </div>
  );
}

/** Whether the active goal's period already has a start assessment (then this one is the end). */
function hasStartAssessment(view: AgreementView | undefined): boolean {
  const since = Date.parse(view?.goal?.startAt ?? "");
  return !!view?.history.some((m) => m.phase === "start" && Date.parse(m.at) >= since);
}
