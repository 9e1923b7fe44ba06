import type { AgreementView } from "@goalpost/core";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";
import { Celebration } from "./Celebration.tsx";
import { currentEntry } from "./currentEntry.ts";

/**
 * What the user can do next with one metric, by its stage. `describedBy` names the metric (its
 * card heading), so every "Log progress" says which metric it is for.
 */
export function NextStep({ view, describedBy }: { view: AgreementView; describedBy: string }) {
  const { t, format } = useWidget();
  const { metric, stage, suggestion, lastGoal } = view;
  const agreementId = view.agreement.id;
  const go = (
    name: "maturity" | "baseline" | "goal" | "log" | "elements",
    label: string,
    quiet = false,
  ) => (
    <GoButton to={{ name, agreementId }} label={label} quiet={quiet} describedBy={describedBy} />
  );
  const manual = metric.collection === "self" || metric.collection === "scale";
  const log = go("log", t(manual ? "logProgress" : "latestValues"));
  if (view.atBest && stage !== "achieved") {
    // From the baseline itself (nothing logged since): a slip there must not be a dead end.
    const base = currentEntry(view) ? undefined : view.agreement.baseline;
    return (
      <div class="gp-stack">
        {base ? (
          <>
            <p>{t("atBestBaseline", { value: format.value(metric, base.value) })}</p>
            <p>{t("atBestWayOut")}</p>
          </>
        ) : (
          <p>{t("atBest")}</p>
        )}
        <div class="gp-row">
          {log}
          {base && (
            <GoButton
              to={{ name: "log", agreementId, change: "baseline" }}
              label={t("atBestCorrect")}
              quiet
              describedBy={describedBy}
            />
          )}
        </div>
      </div>
    );
  }
  switch (stage) {
    case "needs-baseline":
      return (
        <div class="gp-stack">
          <p>{t("needsBaseline")}</p>
          <div class="gp-row">
            {/* A first run left before the maturity step resumes there: goals are sized by it. */}
            {go(view.agreement.maturityLevel ? "baseline" : "maturity", t("recordBaseline"))}
          </div>
        </div>
      );
    case "needs-goal":
      return (
        <div class="gp-stack">
          {lastGoal?.status === "abandoned" && (
            <p class="gp-muted">
              {t("stoppedText", { date: format.date(lastGoal.closedAt ?? lastGoal.dueAt) })}
            </p>
          )}
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
    case "on-track":
      return (
        <div class="gp-row">
          {log}
          {go("elements", t("whatHelps"), true)}
        </div>
      );
    case "achieved":
      return (
        <Celebration view={view} describedBy={describedBy} next={view.atBest ? log : undefined} />
      );
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
