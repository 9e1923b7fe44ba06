import { useId, useRef, useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * Places the role on its maturity model: the user picks the level whose description sounds most
 * like their team. The level is the role's, so it is also set on every agreement still without
 * one (the others agreed in the same first run). It is saved as soon as it is chosen, so a
 * reload or a closed panel does not lose it; Continue goes on to the baseline (saving it then if
 * that did not work, offline for instance: the choice is kept as a draft meanwhile).
 */
export function MaturityScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t } = useWidget();
  const views = goalpost.agreements.value;
  const view = views.find((v) => v.agreement.id === agreementId);
  const known = views.find((v) => v.agreement.maturityLevel)?.agreement.maturityLevel;
  const form = `maturity:${agreementId}`;
  const [draft, update, discard] = useDraft(form, () => ({
    level: view?.agreement.maturityLevel ?? known,
  }));
  const level = typeof draft.level === "number" ? draft.level : undefined;
  // The agreements this step places: this one, and the others without a level when it appeared.
  const [targets] = useState(() => [
    agreementId,
    ...views
      .filter((v) => v !== view && v.stage !== "retired" && !v.agreement.maturityLevel)
      .map((v) => v.agreement.id),
  ]);
  const { formRef, saving, fail, at, rest, save } = useSave();
  const saved = useRef<Promise<unknown>>(Promise.resolve());
  const name = useId();
  const levels = goalpost.role.value?.maturity ?? [];
  if (!view) return <SetupNotice title={t("setupMissingTitle")} text={t("setupMissing")} />;

  const setAll = async (chosen: number) => {
    for (const id of targets) {
      const current = goalpost.agreements.peek().find((v) => v.agreement.id === id);
      if (current && current.agreement.maturityLevel !== chosen)
        await goalpost.setMaturity(id, chosen);
    }
  };

  const choose = (chosen: number) => {
    update({ level: chosen });
    // One save after the other, so the last choice is the one that stays. A failure is shown
    // when the user continues (the save is tried again then), not while they are choosing.
    saved.current = saved.current.then(() => setAll(chosen)).catch(() => goalpost.clearError());
  };

  const submit = () => {
    if (level === undefined) return fail({ path: ["maturityLevel"], message: t("setupChoose") });
    void save(
      async () => {
        await saved.current;
        await setAll(level);
      },
      () => {
        discard();
        ui.screen.value = { name: "baseline", agreementId };
      },
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
              onChange={() => choose(l.level)}
            />
            <span class="gp-choice-text">
              <strong>{l.name}</strong> <span class="gp-muted">{l.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </SetupForm>
  );
}
