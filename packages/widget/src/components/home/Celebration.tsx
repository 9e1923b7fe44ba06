import type { AgreementView } from "@goalpost/core";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

/** A reached goal: a short celebration, the target reached, and an invitation to the next goal. */
export function Celebration({ view, describedBy }: { view: AgreementView; describedBy: string }) {
  const { t, format } = useWidget();
  const target = view.lastGoal?.target;
  return (
    <div class="gp-celebration">
      <p class="gp-celebration-title">
        <span class="gp-burst" aria-hidden="true">
          ★
        </span>
        {t("achievedTitle")}
      </p>
      {target !== undefined && (
        <p>{t("achievedText", { target: format.value(view.metric, target) })}</p>
      )}
      <GoButton
        to={{ name: "goal", agreementId: view.agreement.id }}
        label={t("setNextGoal")}
        describedBy={describedBy}
      />
    </div>
  );
}
