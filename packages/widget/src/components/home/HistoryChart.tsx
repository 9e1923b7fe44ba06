import type { AgreementView } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

const W = 300;
const H = 80;
const PAD = 6;

/**
 * A small hand-written SVG of an agreement's history: the baseline and the target as lines, a
 * point per measurement (hollow while waiting to send), and a text alternative saying the same.
 */
export function HistoryChart({ view }: { view: AgreementView }) {
  const { t, format } = useWidget();
  const id = useId();
  const { metric, agreement, history } = view;
  const base = agreement.baseline;
  const latest = history[0];
  const oldest = history.at(-1);
  if (!base || !latest || !oldest) return null;
  const target = (view.goal ?? view.lastGoal)?.target;
  const points = [base, ...[...history].reverse()];
  const times = points.map((p) => Date.parse(p.at));
  const values = [...points.map((p) => p.value), ...(target === undefined ? [] : [target])];
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0 || 1;
  const low = Math.min(...values);
  const range = Math.max(...values) - low || 1;
  const x = (at: string) => (PAD + ((Date.parse(at) - t0) / span) * (W - 2 * PAD)).toFixed(1);
  const y = (value: number) => (H - PAD - ((value - low) / range) * (H - 2 * PAD)).toFixed(1);
  const level = (value: number, name: string) => (
    <line class={name} x1={PAD} x2={W - PAD} y1={y(value)} y2={y(value)} />
  );
  const summary = t("chartSummary", {
    count: history.length,
    from: format.date(oldest.at),
    to: format.date(latest.at),
    latest: format.value(metric, latest.value),
    baseline: format.value(metric, base.value),
    target: target === undefined ? t("noTarget") : format.value(metric, target),
  });
  return (
    <>
      <svg
        class="gp-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}t`}
        aria-describedby={`${id}d`}
      >
        <title id={`${id}t`}>{t("chartTitle", { metric: metric.name })}</title>
        <desc id={`${id}d`}>{summary}</desc>
        {level(base.value, "gp-chart-base")}
        {target !== undefined && level(target, "gp-chart-target")}
        <polyline
          class="gp-chart-line"
          points={points.map((p) => `${x(p.at)},${y(p.value)}`).join(" ")}
        />
        {history.map((m) => (
          <circle
            key={m.id}
            class={m.pending ? "gp-chart-point gp-chart-pending" : "gp-chart-point"}
            cx={x(m.at)}
            cy={y(m.value)}
            r="3"
          />
        ))}
      </svg>
      <p class="gp-muted gp-chart-key" aria-hidden="true">
        <span class="gp-chart-base" />
        {t("figureBaseline")}
        <span class="gp-chart-target" />
        {t("figureTarget")}
      </p>
    </>
  );
}
