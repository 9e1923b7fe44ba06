import type { KpiReport, RoleKpis } from "@goalpost/core/admin";
import { demoCatalog } from "@goalpost/mock-backend";
import { roleName } from "../shell/demoAccounts.ts";
import { h } from "../shell/h.ts";
import { barChart } from "./barChart.ts";
import { formatRate, formatRelative, metricFormat } from "./format.ts";

const metricOf = (id: string) => demoCatalog.metrics.find((metric) => metric.id === id);

/** One figure of a role card: a term and its value, with an optional hint below. */
const figure = (term: string, value: string, hint?: string) =>
  h(
    "div",
    { class: "figure" },
    h("dt", {}, term),
    h("dd", {}, h("span", { class: "figure-value" }, value), hint && h("small", {}, hint)),
  );

/**
 * The KPI report by role: for each role its figures (measures in place, gain rate, goal rate),
 * a chart of the three rates, and the average gain per metric as a table and a chart.
 */
export function renderKpis(report: KpiReport): HTMLElement[] {
  return report.roles.map(roleCard);
}

function roleCard(kpis: RoleKpis): HTMLElement {
  const name = roleName(kpis.roleId);
  const headingId = `kpis-${kpis.roleId}`;
  return h(
    "article",
    { class: "panel role-card", "aria-labelledby": headingId },
    h("h3", { id: headingId }, name),
    h(
      "div",
      { class: "role-card-row" },
      h(
        "dl",
        { class: "figures" },
        figure(
          "Measures in place",
          formatRate(kpis.measuresRate),
          `${kpis.accountsWithMeasures} of ${kpis.accounts} accounts`,
        ),
        figure("With a gain", formatRate(kpis.gainRate), "of role instances measuring"),
        figure("Achieving their goal", formatRate(kpis.goalRate), "of goals decided"),
        figure("Role instances", String(kpis.roleInstances), "account × role"),
      ),
      barChart({
        title: `${name}: results rates`,
        min: 0,
        max: 1,
        bars: [
          {
            label: "Measures in place",
            value: kpis.measuresRate,
            text: formatRate(kpis.measuresRate),
          },
          { label: "With a gain", value: kpis.gainRate, text: formatRate(kpis.gainRate) },
          { label: "Achieving their goal", value: kpis.goalRate, text: formatRate(kpis.goalRate) },
        ],
      }),
    ),
    h("h4", {}, "Average gain per metric"),
    h("div", { class: "role-card-row" }, gainTable(kpis), gainChart(kpis, name)),
  );
}

function gainTable(kpis: RoleKpis): HTMLElement {
  const rows = kpis.metrics.map(({ metricId, agreements, avgGain }) => {
    const metric = metricOf(metricId);
    const gain = avgGain && metric ? metricFormat.change(metric, avgGain.absolute) : "no data";
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, metric?.name ?? metricId),
      h("td", { class: "num" }, String(agreements)),
      h("td", { class: gainClass(avgGain?.absolute) }, gain),
      h("td", { class: gainClass(avgGain?.relative) }, formatRelative(avgGain?.relative ?? null)),
    );
  });
  const headers = ["Metric", "Measures in place", "Average gain", "Relative"];
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "data-table compact" },
      h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { scope: "col" }, text)))),
      h("tbody", {}, ...rows),
    ),
  );
}

function gainChart(kpis: RoleKpis, name: string): SVGSVGElement | false {
  const bars = kpis.metrics.flatMap(({ metricId, avgGain }) =>
    avgGain && avgGain.relative !== null
      ? [
          {
            label: metricOf(metricId)?.name ?? metricId,
            value: avgGain.relative,
            text: formatRelative(avgGain.relative),
          },
        ]
      : [],
  );
  if (bars.length === 0) return false;
  const extent = Math.max(0.1, ...bars.map((bar) => Math.abs(bar.value)));
  const hasLoss = bars.some((bar) => bar.value < 0);
  return barChart({
    title: `${name}: average relative gain per metric`,
    min: hasLoss ? -extent : 0,
    max: extent,
    bars,
  });
}

const gainClass = (value: number | null | undefined) =>
  value === null || value === undefined || value === 0 ? "num" : value > 0 ? "num good" : "num bad";
