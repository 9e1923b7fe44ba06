import type { Translate } from "../../i18n/createTranslator.ts";
import { useWidget } from "../WidgetContext.ts";

/** The steps of setting up a metric, in order: agree it, place the team, the start and goal. */
const steps = ["agree", "maturity", "goal"] as const;

/** A step of the setup: 1 (metrics), 2 (the team's level) or 3 (the start and the goal). */
export type SetupStep = 1 | 2 | 3;

/** "Step 2 of 3: Your team", as announced when the user arrives on a step. */
export const stepNow = (t: Translate, step: SetupStep): string =>
  t("setupStepNow", {
    n: step,
    total: steps.length,
    step: t(`setupStep_${steps[step - 1] ?? "agree"}`),
  });

/**
 * Where the user is in the setup: "Step 2 of 3" above the three steps, the current one marked
 * `aria-current="step"` and the ones before it said to be done. Nothing in it takes focus; the
 * screens announce the step they move to ({@link stepNow}).
 */
export function Stepper({ step }: { step: SetupStep }) {
  const { t } = useWidget();
  const id = `gp-step-${step}`;
  return (
    <div class="gp-stepper">
      <p id={id} class="gp-muted">
        {t("setupStepOf", { n: step, total: steps.length })}
      </p>
      <ol class="gp-steps" aria-labelledby={id}>
        {steps.map((name, i) => (
          <li
            key={name}
            aria-current={i + 1 === step ? "step" : undefined}
            data-done={i + 1 < step ? "" : undefined}
          >
            {t(`setupStep_${name}`)}
            {i + 1 < step && <span class="gp-sr-only">{` (${t("setupStepDone")})`}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
