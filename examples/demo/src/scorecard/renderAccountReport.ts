import type { AccountMetricReport, AccountReport, PerceivedValue } from "@goalpost/core/admin";
import { demoCatalog } from "@goalpost/mock-backend";
import { accountName, roleName } from "../shell/demoAccounts.ts";
import { h } from "../shell/h.ts";
import { formatDate, formatRelative, formatScore, metricFormat } from "./format.ts";
import { scoreWords } from "./pulseScale.ts";
import { touchpointName } from "./touchpoints.ts";

const headers = ["Metric", "Status", "Baseline", "Current", "Gain", "Active goal", "Goals"];

/**
 * One account's results across its roles: per role a table of its agreements (baseline,
 * current value, gain, active goal, goals achieved/missed/abandoned) and its perceived value
 * (mean pulse score per touchpoint).
 */
export function renderAccountReport(report: AccountReport): HTMLElement[] {
  if (report.roles.length === 0)
    return [h("p", { class: "muted" }, `${accountName(report.accountId)} has no users yet.`)];
  return report.roles.map((role) => {
    const name = roleName(role.roleId);
    const users = `${role.users} ${role.users === 1 ? "user" : "users"}`;
    return h(
      "section",
      { class: "account-role", "aria-label": `${name} at ${accountName(report.accountId)}` },
      h("h3", {}, name, " ", h("small", {}, users)),
      role.metrics.length === 0
        ? h("p", { class: "muted" }, "No metric agreed yet.")
        : h(
            "div",
            { class: "table-scroll" },
            h(
              "table",
              { class: "data-table" },
              h(
                "thead",
                {},
                h("tr", {}, ...headers.map((text) => h("th", { scope: "col" }, text))),
              ),
              h("tbody", {}, ...role.metrics.map(metricRow)),
            ),
          ),
      perceivedValueLine(role.perceivedValue),
    );
  });
}

function metricRow(row: AccountMetricReport): HTMLElement {
  const metric = demoCatalog.metrics.find((m) => m.id === row.agreement.metricId);
  const value = (n: number | undefined) =>
    n === undefined ? "–" : metric ? metricFormat.value(metric, n) : String(n);
  const gain =
    row.gain && metric
      ? `${metricFormat.change(metric, row.gain.absolute)} (${formatRelative(row.gain.relative)})`
      : "–";
  const goal = row.activeGoal
    ? `${value(row.activeGoal.target)} by ${formatDate(row.activeGoal.dueAt)}`
    : "none";
  const { achieved, missed, abandoned } = row.goals;
  const sign = row.gain ? Math.sign(row.gain.absolute) : 0;
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, metric?.name ?? row.agreement.metricId),
    h("td", {}, row.agreement.status),
    h("td", { class: "num" }, value(row.baseline?.value)),
    h("td", { class: "num" }, value(row.current?.value)),
    h("td", { class: sign > 0 ? "num good" : sign < 0 ? "num bad" : "num" }, gain),
    h("td", {}, goal),
    h("td", {}, `${achieved} achieved · ${missed} missed · ${abandoned} abandoned`),
  );
}

function perceivedValueLine(values: readonly PerceivedValue[]): HTMLElement {
  const answered = values.filter((value) => value.responses > 0);
  if (answered.length === 0) return h("p", { class: "muted" }, "Perceived value: no pulses yet.");
  return h(
    "div",
    { class: "scores" },
    h("p", { class: "scores-title" }, "Perceived value (mean pulse, of 5)"),
    h(
      "dl",
      {},
      ...answered.map((value) =>
        h(
          "div",
          {},
          h("dt", {}, touchpointName(value.touchpoint)),
          h("dd", {}, `${formatScore(value.avgScore)} (${scoreWords(value.avgScore)})`),
        ),
      ),
    ),
  );
}
