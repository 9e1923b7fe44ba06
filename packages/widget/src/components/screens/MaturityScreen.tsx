import type { AgreementView, MaturityLevel } from "@goalpost/core";
import { useId, useState } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { stepNow } from "../setup/Stepper.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/** An agreement still being set up: no starting point and no goal yet. */
const settingUp = (view: AgreementView) =>
  view.stage === "needs-baseline" && !view.goal && !view.lastGoal;

/**
 * Step 2 of the setup: places the team on the role's maturity model. Each level is a button
 * (its name, and its description the user recognises their team in): choosing one saves it and
 * goes on to the starting point and goal, so a reload or a closed panel does not lose it. The
 * level is the role's, so it is also set on the other agreements still being set up (those
 * agreed in the same run). The level saved already is marked `aria-current`.
 */
export function MaturityScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t, announce } = useWidget();
  const views = goalpost.agreements.value;
  const view = views.find((v) => v.agreement.id === agreementId);
  const known = views.find((v) => v.agreement.maturityLevel)?.agreement.maturityLevel;
  const [draft, update, discard] = useDraft(`maturity:${agreementId}`, () => ({
    level: view?.agreement.maturityLevel ?? known,
  }));
  const level = typeof draft.level === "number" ? draft.level : undefined;
  // The agreements this step places: this one, and the others being set up when it appeared.
  const [targets] = useState(() => [
    agreementId,
    ...views
      .filter(
        (v) =>
          v !== view && (settingUp(v) || (v.stage !== "retired" && !v.agreement.maturityLevel)),
      )
      .map((v) => v.agreement.id),
  ]);
  const { formRef, saving, rest, save } = useSave();
  const id = useId();
  const levels = goalpost.role.value?.maturity ?? [];
  if (!view) return <SetupNotice title={t("setupMissingTitle")} text={t("setupMissing")} />;

  const choose = (chosen: MaturityLevel) => {
    update({ level: chosen.level }); // kept if saving fails (offline): shown as chosen
    void save(
      async () => {
        for (const target of targets) {
          const current = goalpost.agreements.peek().find((v) => v.agreement.id === target);
          if (current && current.agreement.maturityLevel !== chosen.level)
            await goalpost.setMaturity(target, chosen.level);
        }
      },
      () => {
        discard();
        announce(t("maturityDone", { level: chosen.name, step: stepNow(t, 3) }));
        ui.screen.value = { name: "baseline", agreementId };
      },
    );
  };

  return (
    <SetupForm
      title={t("maturityTitle")}
      step={2}
      formRef={formRef}
      saving={saving}
      problems={rest([])}
      onSubmit={() => {}}
    >
      <p id={`${id}-h`} class="gp-muted">
        {t("maturityHint")}
      </p>
      <ul class="gp-stack">
        {levels.map((l) => (
          <li key={l.level} class="gp-level">
            <button
              type="button"
              aria-describedby={`${id}-${l.level}`}
              aria-current={level === l.level ? "true" : undefined}
              onClick={() => choose(l)}
            >
              {l.name}
            </button>
            <p id={`${id}-${l.level}`} class="gp-muted">
              {l.description}
            </p>
          </li>
        ))}
      </ul>
    </SetupForm>
  );
}
