import { useEffect } from "preact/hooks";
import { MetricCard } from "../home/MetricCard.tsx";
import { PulseCard } from "../home/PulseCard.tsx";
import { ScreenHeader } from "../home/ScreenHeader.tsx";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * Home: one card per agreed metric (retired ones left out), the value pulse when it is due, and
 * the way to agree (more) metrics. Announces goals reached while it is shown.
 */
export function HomeScreen() {
  const { goalpost, t, announce } = useWidget();
  useEffect(
    () =>
      goalpost.on("goal:achieved", ({ agreement }) => {
        const metric = goalpost.metrics.peek().find((m) => m.id === agreement.metricId);
        announce(t("reachedAnnounce", { metric: metric?.name ?? "" }));
      }),
    [goalpost, announce, t],
  );
  const views = goalpost.agreements.value.filter((v) => v.stage !== "retired");
  const header = <ScreenHeader title={t("homeTitle")} back={false} />;

  if (views.length === 0) {
    return (
      <div class="gp-stack">
        {header}
        <p>{t("homeEmpty", { role: goalpost.role.value?.name ?? "" })}</p>
        <div class="gp-row">
          <GoButton to={{ name: "agree" }} label={t("chooseMetrics")} />
        </div>
      </div>
    );
  }
  return (
    <div class="gp-stack">
      {header}
      <ul class="gp-stack">
        {views.map((view) => (
          <li key={view.agreement.id}>
            <MetricCard view={view} />
          </li>
        ))}
      </ul>
      <PulseCard />
      {goalpost.suggestedMetrics.value.length > 0 && (
        <div class="gp-row">
          <GoButton to={{ name: "agree" }} label={t("homeAgreeMore")} quiet />
        </div>
      )}
    </div>
  );
}
