import { type AgreementView, valueBounds } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { chartScale } from "./chartScale.ts";

const W = 300;
const H = 130;
const LEFT = 40; // room for the value axis's labels
const RIGHT = 8;
const TOP = 14; // room for an off-scale point's label
const BOTTOM = 18; // room for the dates

/**
 * A small hand-written SVG of an agreement's history: a value axis with round ticks, the first
 * and last dates on the time axis, the baseline (dashed) and the target (solid) as labelled
 * lines, a point per measurement (hollow while waiting to send). The axis spans the bulk of the
 * points (`chartScale`): a point beyond it is drawn at the edge as an arrow with its value, and
 * named in the text alternative, which says the rest as well. The entries are listed beside it
 * (HistoryList).
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
  const fixed = target === undefined ? [base.value] : [base.value, target];
  const points = [base, ...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const scale = chartScale(
    points.map((p) => p.value),
    fixed,
    valueBounds(metric),
    metric.scale?.points.map((p) => p.value),
  );
  const times = points.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0 || 1;
  const range = scale.high - scale.low || 1;
  const x = (at: string) => LEFT + ((Date.parse(at) - t0) / span) * (W - LEFT - RIGHT);
  const y = (value: number) => {
    const clamped = Math.min(scale.high, Math.max(scale.low, value));
    return H - BOTTOM - ((clamped - scale.low) / range) * (H - TOP - BOTTOM);
  };
  const off = (value: number) => value > scale.high || value < scale.low;
  const offScale = history.filter((m) => off(m.value));
  const level = (value: number, name: string, label: string) => (
    <g class={name}>
      <line x1={LEFT} x2={W - RIGHT} y1={y(value)} y2={y(value)} />
      <text x={W - RIGHT} y={y(value) - 3} text-anchor="end">
        {label}
      </text>
    </g>
  );
  const summary = [
    t("chartSummary", {
      entries: t.plural("entries", history.length),
      from: format.date(oldest.at),
      to: format.date(latest.at),
      latest: format.value(metric, latest.value, target),
      baseline: format.value(metric, base.value),
      target: target === undefined ? t("noTarget") : format.value(metric, target, latest.value),
    }),
    t("chartScale", {
      low: format.value(metric, scale.low),
      high: format.value(metric, scale.high),
    }),
    offScale.length > 0 &&
      t("chartOffScale", {
        points: offScale
          .map((m) =>
            t("chartOffPoint", { value: format.value(metric, m.value), date: format.date(m.at) }),
          )
          .join("; "),
      }),
  ]
    .filter(Boolean)
    .join(" ");
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
        <g class="gp-chart-axis">
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line class="gp-chart-grid" x1={LEFT} x2={W - RIGHT} y1={y(tick)} y2={y(tick)} />
              <text x={LEFT - 4} y={y(tick) + 3.5} text-anchor="end">
                {format.tick(metric, tick)}
              </text>
            </g>
          ))}
          <text x={LEFT} y={H - 4}>
            {format.day(points[0]?.at ?? base.at)}
          </text>
          <text x={W - RIGHT} y={H - 4} text-anchor="end">
            {format.day(points.at(-1)?.at ?? latest.at)}
          </text>
        </g>
        {level(base.value, "gp-chart-base", t("figureBaseline"))}
        {target !== undefined && level(target, "gp-chart-target", t("figureTarget"))}
        <polyline
          class="gp-chart-line"
          points={points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")}
        />
        {history.map((m) =>
          off(m.value) ? (
            <g key={m.id} class="gp-chart-off">
              <path d={arrow(x(m.at), y(m.value), m.value > scale.high)} />
              <text
                x={x(m.at)}
                y={m.value > scale.high ? TOP - 5 : H - BOTTOM + 11}
                text-anchor={x(m.at) > W / 2 ? "end" : "start"}
              >
                {format.tick(metric, m.value)}
              </text>
            </g>
          ) : (
            <circle
              key={m.id}
              class={m.pending ? "gp-chart-point gp-chart-pending" : "gp-chart-point"}
              cx={x(m.at).toFixed(1)}
              cy={y(m.value).toFixed(1)}
              r="3"
            />
          ),
        )}
      </svg>
      <p class="gp-muted gp-chart-key" aria-hidden="true">
        <span class="gp-chart-base" />
        {t("figureBaseline")} {format.value(metric, base.value)}
        {target !== undefined && (
          <>
            <span class="gp-chart-target" />
            {t("figureTarget")} {format.value(metric, target)}
          </>
        )}
      </p>
    </>
  );
}

/** A triangle at the chart's edge pointing the way an off-scale point lies. */
function arrow(cx: number, cy: number, up: boolean): string {
  const tip = up ? cy - 5 : cy + 5;
  const back = up ? cy + 2 : cy - 2;
  return `M${cx.toFixed(1)},${tip.toFixed(1)}L${(cx - 4).toFixed(1)},${back.toFixed(1)}L${(cx + 4).toFixed(1)},${back.toFixed(1)}Z`;
}
