import { useId, useState } from "preact/hooks";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * Places the role on its maturity model: the user picks the level whose description sounds most
 * like their team. The level is the role's, so it is also set on every agreement still without
 * one (the others agreed in the same first run). Then on to the baseline.
 */
export function MaturityScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t } = useWidget();
  const views = goalpost.agreements.value;
  const view = views.find((v) => v.agreement.id === agreementId);
  const known = views.find((v) => v.agreement.maturityLevel)?.agreement.maturityLevel;
  const [level, setLevel] = useState(view?.agreement.maturityLevel ?? known);
  const { formRef, saving, fail, at, rest, save } = useSave();
  const name = useId();
  const levels = goalpost.role.value?.maturity ?? [];
  if (!view) return <SetupNotice title={t("setupMissingTitle")} text={t("setupMissing")} />;

  const submit = () => {
    if (level === undefined) return fail({ path: ["maturityLevel"], message: t("setupChoose") });
    const others = views.filter(
      (v) => v !== view && v.stage !== "retired" && !v.agreement.maturityLevel,
    );
    void save(
      async () => {
        for (const v of [view, ...others]) await goalpost.setMaturity(v.agreement.id, level);
      },
      () => (ui.screen.value = { name: "baseline", agreementId }),
    );
  };

  const error = at("maturityLevel");
  return (
    <SetupForm
      title={t("maturityTitle")}
      formRef={formRef}
      saving={saving}
      submitLabel={t("maturitySubmit")}
      problems={rest([["maturityLevel"]])}
      onSubmit={submit}
    >
      <fieldset class="gp-stack" aria-describedby={`${name}-h${error ? ` ${name}-e` : ""}`}>
        <legend>{t("maturityLegend")}</legend>
        <p id={`${name}-h`} class="gp-muted">
          {t("maturityHint")}
        </p>
        {levels.map((l) => (
          <label key={l.level} class="gp-choice">
            <input
              type="radio"
              name={name}
              value={l.level}
              checked={level === l.level}
              onChange={() => setLevel(l.level)}
            />
            <span class="gp-choice-text">
              <strong>{l.name}</strong> <span class="gp-muted">{l.description}</span>
            </span>
          </label>
        ))}
        {error && (
          <p id={`${name}-e`} class="gp-error">
            {error}
          </p>
        )}
      </fieldset>
    </SetupForm>
  );
}
