import type { AgreementView } from "@goalpost/core";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";
import { cancelOnEscape } from "./cancelOnEscape.ts";
import { focusValue } from "./focusValue.ts";
import { useEditDraft } from "./useEditDraft.ts";

/**
 * The agreement's maturity level and "Change level", which opens the role's levels below to
 * choose another (the next goals are sized by it). Saving needs the server, as the baseline's.
 */
export function ChangeLevel({ view }: { view: AgreementView }) {
  const { goalpost, t, announce } = useWidget();
  const { agreement } = view;
  const levels = goalpost.role.value?.maturity ?? [];
  const current = levels.find((l) => l.level === agreement.maturityLevel);
  const edit = useEditDraft(`change-level:${agreement.id}`, () => ({
    level: agreement.maturityLevel,
  }));
  const level = typeof edit.draft.level === "number" ? edit.draft.level : undefined;
  const { formRef, saving, fail, at, rest, save } = useSave();
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<"toggle" | "field" | undefined>(undefined);
  const name = useId();
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target === "toggle") toggle.current?.focus();
    if (target === "field") focusValue(formRef.current);
  });

  const start = () => {
    edit.start();
    focusNext.current = "field";
  };
  const stop = () => {
    edit.stop();
    focusNext.current = "toggle";
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (level === undefined) return fail({ path: ["maturityLevel"], message: t("setupChoose") });
    if (level === agreement.maturityLevel) return stop(); // nothing changed: as Cancel
    void save(
      () => goalpost.setMaturity(agreement.id, level),
      () => {
        stop();
        announce(t("levelChanged"));
      },
    );
  };

  const error = at("maturityLevel");
  return (
    <div class="gp-stack">
      <div class="gp-row gp-change">
        <p>{current ? t("levelIs", { level: current.name }) : t("levelNone")}</p>
        <button
          ref={toggle}
          type="button"
          class="gp-btn"
          data-variant="quiet"
          aria-expanded={edit.open ? "true" : "false"}
          onClick={edit.open ? stop : start}
        >
          {t("changeLevel")}
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
          <fieldset class="gp-stack" aria-describedby={`${name}-h${error ? ` ${name}-e` : ""}`}>
            <legend>{t("maturityLegend")}</legend>
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
                  onChange={() => edit.update({ level: l.level })}
                />
                <span class="gp-choice-text">
                  <strong>{l.name}</strong> <span class="gp-muted">{l.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {rest([["maturityLevel"]]).map((problem) => (
            <p key={problem.message} class="gp-error" role="alert">
              {problem.message}
            </p>
          ))}
          <div class="gp-row">
            <button type="submit" class="gp-btn" aria-disabled={saving ? "true" : undefined}>
              {saving ? t("setupSaving") : t("levelSave")}
            </button>
            <button type="button" class="gp-btn" data-variant="quiet" onClick={stop}>
              {t("entryCancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
