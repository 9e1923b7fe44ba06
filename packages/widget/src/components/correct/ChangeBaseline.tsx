import { type AgreementView, checkValue } from "@goalpost/core";
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { sourceText } from "../home/sourceText.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { useSave } from "../setup/useSave.ts";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";
import { cancelOnEscape } from "./cancelOnEscape.ts";
import { focusValue } from "./focusValue.ts";
import { useEditDraft } from "./useEditDraft.ts";

/**
 * The agreement's baseline and "Change baseline", which opens its correction below: the figure
 * the user started from, on the date it was taken (that date stays, so entries since still count
 * from it), asked once about an implausible value. Saving needs the server (the form says so
 * offline; what is typed is kept as a draft). `arrived`: the user came to correct it (a baseline
 * that left no further step), so it opens with its field focused.
 */
export function ChangeBaseline({ view, arrived }: { view: AgreementView; arrived: boolean }) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const { metric, agreement } = view;
  const baseline = agreement.baseline;
  const edit = useEditDraft(`change-baseline:${agreement.id}`, () => ({
    text: baseline ? format.inputNumber(baseline.value) : "",
  }));
  const { text } = edit.draft;
  const { formRef, saving, fail, at, rest, save } = useSave();
  const check = useValueCheck(agreement.id, format.parseNumber(text));
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"toggle" | "field" | undefined>(undefined);

  const focusField = () => focusValue(formRef.current);
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === "toggle") toggle.current?.focus();
    if (target === "field") focusField();
  });
  const start = () => {
    edit.start();
    focusNext.current = "field";
  };
  const stop = () => {
    check.dismiss();
    edit.stop();
    focusNext.current = "toggle";
  };
  useEffect(() => {
    if (!arrived || !baseline) return;
    // Arrived once: a reload after Cancel shows the screen without opening this again.
    ui.drafts.keepScreen({ name: "log", agreementId: agreement.id });
    if (edit.open) focusField();
    else start();
  }, []);
  if (!baseline) return null;

  const submit = (event: Event) => {
    event.preventDefault();
    const value = format.parseNumber(text);
    const problem =
      text.trim() === ""
        ? t(metric.scale ? "setupChoose" : "setupEnter")
        : checkValue(metric, value);
    if (problem) return fail({ path: ["baseline", "value"], message: problem });
    if (value === baseline.value) return stop(); // nothing changed: as Cancel
    if (check.holds(value)) return; // asked once: "6 → 0 hours?"
    void save(
      () => goalpost.setBaseline(agreement.id, value, baseline.at),
      () => {
        stop();
        announce(t("baselineChanged"));
      },
    );
  };

  return (
    <div class="gp-stack">
      <div class="gp-row gp-change">
        <p>
          {t("baselineIs", {
            value: format.value(metric, baseline.value),
            date: format.date(baseline.at),
          })}{" "}
          <span class="gp-muted">({sourceText(t, metric, baseline)})</span>
        </p>
        <button
          ref={toggle}
          type="button"
          class="gp-btn"
          data-variant="quiet"
          aria-expanded={edit.open ? "true" : "false"}
          onClick={edit.open ? stop : start}
        >
          {t("changeBaseline")}
        </button>
      </div>
      {edit.open && (
        <form
          ref={formRef}
          class="gp-card gp-stack"
          aria-busy={saving ? "true" : undefined}
          noValidate
          onSubmit={submit}
          onKeyDown={cancelOnEscape(stop)}
        >
          {goalpost.status.value === "offline" && <p>{t("changesOffline")}</p>}
          <ValueInput
            metric={metric}
            label={t("figureBaseline")}
            description={t("baselineNewHint", { date: format.date(baseline.at) })}
            text={text}
            onInput={(typed) => edit.update({ text: typed })}
            error={at("baseline")}
          />
          {rest([["baseline"]]).map((problem) => (
            <p key={problem.message} class="gp-error" role="alert">
              {problem.message}
            </p>
          ))}
          <div class="gp-row">
            <button type="submit" class="gp-btn" aria-disabled={saving ? "true" : undefined}>
              {saving ? t("setupSaving") : t("baselineSave")}
            </button>
            <button type="button" class="gp-btn" data-variant="quiet" onClick={stop}>
              {t("entryCancel")}
            </button>
          </div>
          <ValueQuestion metric={metric} check={check} />
        </form>
      )}
    </div>
  );
}
