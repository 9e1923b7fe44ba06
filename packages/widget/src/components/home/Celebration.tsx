import type { AgreementView } from "@goalpost/core";
import type { ComponentChildren } from "preact";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * A reached goal: a short celebration, the target reached, and an invitation to the next goal;
 * or, at the best value the metric allows, `next` (logging, to hold it) instead.
 */
export function Celebration({
  view,
  describedBy,
  next,
}: {
  view: AgreementView;
  describedBy: string;
  next?: ComponentChildren;
}) {
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
        <p>
          {t(next ? "achievedBest" : "achievedText", { target: format.value(view.metric, target) })}
        </p>
      )}
      {next ?? (
        <GoButton
          to={{ name: "goal", agreementId: view.agreement.id }}
          label={t("setNextGoal")}
          describedBy={describedBy}
        />
      )}
    </div>
  );
}
