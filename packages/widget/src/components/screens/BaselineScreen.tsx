import { checkValue } from "@goalpost/core";
import { useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * Records where an agreed metric starts: a number with its unit, or a point on the metric's
 * anchored scale. Then on to setting the goal.
 */
export function BaselineScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t, format, announce } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  const baseline = view?.agreement.baseline?.value;
  const [draft, update, discard] = useDraft(`baseline:${agreementId}`, () => ({
    text: baseline === undefined ? "" : format.inputNumber(baseline),
  }));
  const { text } = draft;
  const setText = (typed: string) => update({ text: typed });
  const { formRef, saving, fail, at, rest, save } = useSave();
  const check = useValueCheck(agreementId, format.parseNumber(text));
  if (!view) return <SetupNotice title={t("setupMissingTitle")} text={t("setupMissing")} />;
  const { metric } = view;

  const submit = () => {
    const value = format.parseNumber(text);
    const problem =
      text.trim() === ""
        ? t(metric.scale ? "setupChoose" : "setupEnter")
        : checkValue(metric, value);
    if (problem) return fail({ path: ["baseline", "value"], message: problem });
    if (check.holds(value)) return; // asked once: "Is 1,000 hours right?"
    void save(
      () => goalpost.setBaseline(agreementId, value),
      () => {
        discard();
        announce(t("saved"));
        ui.screen.value = { name: "goal", agreementId };
      },
    );
  };

  return (
    <SetupForm
      title={t("baselineTitle", { metric: metric.name })}
      formRef={formRef}
      saving={saving}
      submitLabel={t("baselineSubmit")}
      problems={rest([["baseline"]])}
      onSubmit={submit}
      after={<ValueQuestion metric={metric} check={check} />}
    >
      <ValueInput
        metric={metric}
        label={t("baselineLabel", { metric: metric.name })}
        description={
          metric.scale ? t("baselineScaleHint") : t("baselineHint", { source: metric.dataSource })
        }
        text={text}
        onInput={setText}
        error={at("baseline")}
      />
    </SetupForm>
  );
}
