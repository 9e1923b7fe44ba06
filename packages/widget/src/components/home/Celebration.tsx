import type { AgreementView } from "@goalpost/core";
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * A reached goal: a short celebration, the value that reached it beside the target, and an
 * invitation to the next goal; or, at the best value the metric allows, `next` (logging, to hold
 * it) instead. Showing it marks the goal as seen.
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
  const { t, format, seen } = useWidget();
  const { lastGoal, metric } = view;
  const target = lastGoal?.target;
  // Shown is seen: the launcher stops counting it (the panel renders only while open).
  useEffect(() => {
    if (lastGoal) seen.mark(lastGoal.id);
  }, [lastGoal, seen]);
  // What reached it: the entry taken when it was achieved (the app's, an integration's or the
  // user's), which may be past the target: "You reached 48 contacts", not the target of 47.
  const reached = view.history.find((m) => m.at === lastGoal?.achievedAt)?.value;
  const value =
    reached === undefined || target === undefined ? "" : format.value(metric, reached, target);
  const past =
    target !== undefined && value !== "" && value !== format.value(metric, target, reached);
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
          {t(next ? "achievedBest" : past ? "achievedPast" : "achievedText", {
            target: format.value(metric, target, reached),
            value,
          })}
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
