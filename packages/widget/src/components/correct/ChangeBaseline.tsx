import { type AgreementView, checkValue } from "@goalpost/core";
import { useEffect } from "preact/hooks";
import { sourceText } from "../home/sourceText.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";
import { ChangeForm } from "./ChangeForm.tsx";
import { useChange } from "./useChange.ts";

/**
 * The agreement's baseline and "Change baseline", which opens its correction below: the figure
 * the user started from, on the date it was taken (that date stays, so entries since still count
 * from it), asked once about an implausible value. `arrived`: the user came to correct it (a
 * baseline that left no further step), so it opens with its field focused.
 */
export function ChangeBaseline({ view, arrived }: { view: AgreementView; arrived: boolean }) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const { metric, agreement } = view;
  const baseline = agreement.baseline;
  const change = useChange(`change-baseline:${agreement.id}`, () => ({
    text: baseline ? format.inputNumber(baseline.value) : "",
  }));
  const { text } = change.draft;
  const check = useValueCheck(agreement.id, format.parseNumber(text));
  const stop = () => {
    check.dismiss();
    change.stop();
  };
  useEffect(() => {
    if (!arrived || !baseline) return;
    // Arrived once: a reload after Cancel shows the screen without opening this again.
    ui.drafts.keepScreen({ name: "log", agreementId: agreement.id });
    if (change.open) change.focusField();
    else change.start();
  }, []);
  if (!baseline) return null;

  const submit = () => {
    const value = format.parseNumber(text);
    const problem =
      text.trim() === ""
        ? t(metric.scale ? "setupChoose" : "setupEnter")
        : checkValue(metric, value);
    if (problem) return change.fail({ path: ["baseline", "value"], message: problem });
    if (value === baseline.value) return stop(); // nothing changed: as Cancel
    if (check.holds(value)) return; // asked once: "6 → 0 hours?"
    void change.save(
      () => goalpost.setBaseline(agreement.id, value, baseline.at),
      () => {
        stop();
        announce(t("baselineChanged"));
      },
    );
  };

  return (
    <ChangeForm
      change={{ ...change, stop }}
      now={
        <>
          {t("baselineIs", {
            value: format.value(metric, baseline.value),
            date: format.date(baseline.at),
          })}{" "}
          <span class="gp-muted">({sourceText(t, metric, baseline)})</span>
        </>
      }
      label={t("changeBaseline")}
      submitLabel={t("baselineSave")}
      field="baseline"
      onSubmit={submit}
      after={<ValueQuestion metric={metric} check={check} />}
    >
      <ValueInput
        metric={metric}
        label={t("figureBaseline")}
        description={t("baselineNewHint", { date: format.date(baseline.at) })}
        text={text}
        onInput={(typed) => change.update({ text: typed })}
        error={change.at("baseline")}
      />
    </ChangeForm>
  );
}
