import type { AgreementView } from "@goalpost/core";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { Celebration } from "./Celebration.tsx";

/**
 * What the user can do next with one metric, by its stage. `describedBy` names the metric (its
 * card heading), so every "Log progress" says which metric it is for.
 */
export function NextStep({ view, describedBy }: { view: AgreementView; describedBy: string }) {
  const { t, format } = useWidget();
  const { metric, stage, suggestion, lastGoal } = view;
  const agreementId = view.agreement.id;
  const go = (name: "baseline" | "goal" | "log" | "elements", label: string, quiet = false) => (
    <GoButton to={{ name, agreementId }} label={label} quiet={quiet} describedBy={describedBy} />
  );
  switch (stage) {
    case "needs-baseline":
      return (
        <div class="gp-stack">
          <p>{t("needsBaseline")}</p>
          <div class="gp-row">{go("baseline", t("recordBaseline"))}</div>
        </div>
      );
    case "needs-goal":
      return (
        <div class="gp-stack">
          {suggestion && (
            <p>
              {t("needsGoal", {
                target: format.value(metric, suggestion.target),
                date: format.date(suggestion.dueAt),
              })}
            </p>
          )}
          <div class="gp-row">{go("goal", t("setGoal"))}</div>
        </div>
      );
    case "on-track": {
      const manual = metric.collection === "self" || metric.collection === "scale";
      return (
        <div class="gp-row">
          {go("log", t(manual ? "logProgress" : "latestValues"))}
          {go("elements", t("whatHelps"), true)}
        </div>
      );
    }
    case "achieved":
      return <Celebration view={view} describedBy={describedBy} />;
    case "missed":
      return (
        <div class="gp-stack">
          {lastGoal && (
            <p class="gp-bad">
              {t("missedText", {
                date: format.date(lastGoal.dueAt),
                target: format.value(metric, lastGoal.target),
              })}
            </p>
          )}
          <p>{t("missedHint")}</p>
          <div class="gp-row">{go("goal", t("resetGoal"))}</div>
        </div>
      );
    default:
      return null;
  }
}
