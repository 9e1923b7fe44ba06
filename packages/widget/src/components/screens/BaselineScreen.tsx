import { checkValue } from "@goalpost/core";
import { useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { useValueCheck } from "../parts/useValueCheck.ts";
import { ValueQuestion } from "../parts/ValueQuestion.tsx";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { StartForm } from "../setup/StartForm.tsx";
import { useSave } from "../setup/useSave.ts";
import { ValueInput } from "../setup/ValueInput.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * Where an agreed metric starts. Before its first goal, step 3 of the setup: the starting point
 * and the first goal on one form ({@link StartForm}). Later, a correction of the starting point
 * alone ({@link BaselineForm}).
 */
export function BaselineScreen({ agreementId }: { agreementId: string }) {
  const { goalpost } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  // Decided once: while saving, the optimistic goal would switch the form under the user.
  const [first] = useState(() => view !== undefined && !view.goal && !view.lastGoal);
  if (view && first) return <StartForm view={view} />;
  return <BaselineForm agreementId={agreementId} />;
}

/**
 * Records where an agreed metric starts: a number with its unit, or a point on the metric's
 * anchored scale. Then on to setting the goal.
 */
function BaselineForm({ agreementId }: { agreementId: string }) {
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
