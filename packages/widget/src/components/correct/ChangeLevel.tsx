import type { AgreementView } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { ChangeForm } from "./ChangeForm.tsx";
import { useChange } from "./useChange.ts";

/**
 * The agreement's maturity level and "Change level", which opens the role's levels below to
 * choose another: the next goals are sized by it.
 */
export function ChangeLevel({ view }: { view: AgreementView }) {
  const { goalpost, t, announce } = useWidget();
  const { agreement } = view;
  const levels = goalpost.role.value?.maturity ?? [];
  const current = levels.find((l) => l.level === agreement.maturityLevel);
  const change = useChange(`change-level:${agreement.id}`, () => ({
    level: agreement.maturityLevel,
  }));
  const level = typeof change.draft.level === "number" ? change.draft.level : undefined;
  const name = useId();

  const submit = () => {
    if (level === undefined)
      return change.fail({ path: ["maturityLevel"], message: t("setupChoose") });
    if (level === agreement.maturityLevel) return change.stop(); // nothing changed: as Cancel
    void change.save(
      () => goalpost.setMaturity(agreement.id, level),
      () => {
        change.stop();
        announce(t("levelChanged"));
      },
    );
  };

  const error = change.at("maturityLevel");
  return (
    <ChangeForm
      change={change}
      now={current ? t("levelIs", { level: current.name }) : t("levelNone")}
      label={t("changeLevel")}
      submitLabel={t("levelSave")}
      field="maturityLevel"
      onSubmit={submit}
    >
      <fieldset class="gp-stack" aria-describedby={`${name}-h${error ? ` ${name}-e` : ""}`}>
        <legend>{t("levelLegend")}</legend>
        <p id={`${name}-h`} class="gp-muted">
          {t("levelHint")}
        </p>
        {error && (
          <p id={`${name}-e`} class="gp-error">
            {error}
          </p>
        )}
        {levels.map((l) => (
          <label key={l.level} class="gp-choice">
            <input
              type="radio"
              name={name}
              value={l.level}
              checked={level === l.level}
              onChange={() => change.update({ level: l.level })}
            />
            <span class="gp-choice-text">
              <strong>{l.name}</strong> <span class="gp-muted">{l.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </ChangeForm>
  );
}
