import { useEffect, useRef } from "preact/hooks";
import { MetricCard } from "../home/MetricCard.tsx";
import { ScreenHeader } from "../home/ScreenHeader.tsx";
import { GoButton } from "../parts/GoButton.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * Home: one card per agreed metric (retired ones left out), the value pulse when it is due, and
 * the way to agree (more) metrics. Announces goals reached while it is shown.
 */
export function HomeScreen() {
  const { goalpost, t, announce } = useWidget();
  const root = useRef<HTMLDivElement>(null);
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
    <div class="gp-stack" ref={root}>
      {header}
      {goalpost.pulseDue.value && (
        <section class="gp-card" aria-labelledby="gp-pulse-title">
          <h4 id="gp-pulse-title">{t("homePulseTitle")}</h4>
          <p>{t("homePulseText")}</p>
          <div class="gp-row">
            <GoButton to={{ name: "pulse" }} label={t("homePulseAnswer")} />
            <button
              type="button"
              class="gp-btn"
              data-variant="quiet"
              onClick={() => {
                root.current?.querySelector("h3")?.focus(); // the button is about to go
                goalpost.dismissPulse();
              }}
            >
              {t("homePulseLater")}
            </button>
          </div>
        </section>
      )}
      <ul class="gp-stack">
        {views.map((view) => (
          <li key={view.agreement.id}>
            <MetricCard view={view} />
          </li>
        ))}
      </ul>
      {goalpost.suggestedMetrics.value.length > 0 && (
        <div class="gp-row">
          <GoButton to={{ name: "agree" }} label={t("homeAgreeMore")} quiet />
        </div>
      )}
    </div>
  );
}
