import type { Catalog, KpiReport, KpiTrends, RoleKpis } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { kpiCsvRows } from "../format/csvRows.ts";
import { gainWords } from "../format/gainWords.ts";
import { downloadCsv, toCsv } from "../format/toCsv.ts";
import { count, day, percent, touchpointWords } from "../format/words.ts";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

const periods = [
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
];

/** The Customer Results KPIs by role for a period, and perceived value by touchpoint. */
export function KpiSection(props: { client: ConsoleClient; catalog: Catalog; now: () => Date }) {
  const days = useSignal(90);
  const report = useLoad(() => {
    const to = props.now();
    const from = new Date(to.getTime() - days.value * 86_400_000);
    return props.client.kpis({ from: from.toISOString(), to: to.toISOString() });
  }, String(days.value));
  const loaded = report.value;
  const trends = useLoad(() => props.client.kpiTrends({ months: 6 }), "trends");
  const months = trends.value.state === "ready" ? trends.value.value : undefined;
  return (
    <section aria-labelledby="kpis-heading" class="section">
      <div class="section-head">
        <h2 id="kpis-heading">Results by role</h2>
        <label class="field">
          <span>Period</span>
          <select
            value={String(days.value)}
            onChange={(event) => {
              days.value = Number(event.currentTarget.value);
            }}
          >
            {periods.map((p) => (
              <option key={p.days} value={String(p.days)}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={loaded.state !== "ready"}
          onClick={() => {
            if (loaded.state !== "ready") return;
            const csv = toCsv(kpiCsvRows(loaded.value, props.catalog));
            downloadCsv(`goalpost-kpis-${loaded.value.to.slice(0, 10)}.csv`, csv);
          }}
        >
          Download the KPIs (CSV)
        </button>
      </div>
      <p class="status" role="status">
        {loaded.state === "loading"
          ? "Loading the KPIs…"
          : loaded.state === "ready"
            ? `From ${day(loaded.value.from)} to ${day(loaded.value.to)}.`
            : ""}
      </p>
      {loaded.state === "failed" && <Problem error={loaded.error} what="The KPIs" />}
      {loaded.state === "ready" && (
        <Kpis report={loaded.value} catalog={props.catalog} trends={months} />
      )}
    </section>
  );
}

function Kpis(props: { report: KpiReport; catalog: Catalog; trends: KpiTrends | undefined }) {
  const { report, catalog, trends } = props;
  return (
    <>
      <div class="cards">
        {report.roles.map((role) => (
          <RoleCard key={role.roleId} role={role} catalog={catalog} trends={trends} />
        ))}
      </div>
      <PerceivedValue report={report} />
    </>
  );
}

function RoleCard(props: { role: RoleKpis; catalog: Catalog; trends: KpiTrends | undefined }) {
  const { role, catalog, trends } = props;
  const name = catalog.roles.find((r) => r.id === role.roleId)?.name ?? role.roleId;
  const headingId = `role-${role.roleId}`;
  const withGain = role.accountsWithGain ?? Math.round(role.gainRate * role.accountsWithMeasures);
  const decided = role.accountsWithDecidedGoals;
  return (
    <article class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl class="figures">
        <div>
          <dt>Accounts with measures</dt>
          <dd>
            <span class="figure">{percent(role.measuresRate)}</span>
            <span class="hint">
              {role.accountsWithMeasures} of {count(role.accounts, "account", "accounts")}
            </span>
          </dd>
        </div>
        <div>
          <dt>With a gain</dt>
          <dd>
            <span class="figure">{percent(role.gainRate)}</span>
            <span class="hint">
              {withGain} of {count(role.accountsWithMeasures, "account", "accounts")} measuring
            </span>
          </dd>
        </div>
        <div>
          <dt>Reaching their goals</dt>
          <dd>
            <span class="figure">{decided === 0 ? "–" : percent(role.goalRate)}</span>
            <span class="hint">
              {decided === undefined
                ? "of accounts with a goal decided"
                : decided === 0
                  ? "no goal decided in the period"
                  : `of ${count(decided, "account", "accounts")} with a goal decided`}
            </span>
          </dd>
        </div>
      </dl>
      <table class="metrics">
        <caption class="visually-hidden">Average gain by metric, {name}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Measures</th>
            <th scope="col">Average gain</th>
          </tr>
        </thead>
        <tbody>
          {role.metrics.map((m) => {
            const metric = catalog.metrics.find((x) => x.id === m.metricId);
            const words = metric && m.avgGain ? gainWords(metric, m.avgGain) : undefined;
            return (
              <tr key={m.metricId}>
                <th scope="row">{metric?.name ?? m.metricId}</th>
                <td>{m.agreements}</td>
                <td>
                  {words ? (
                    <span class={`gain ${words.verdict}`}>
                      {words.text}
                      {words.relative ? ` (${words.relative})` : ""}
                      <span class="verdict"> · {words.verdict}</span>
                    </span>
                  ) : (
                    "not measured in the period"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {trends && <Trend roleId={role.roleId} name={name} trends={trends} />}
    </article>
  );
}

const monthName = new Intl.DateTimeFormat("en", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** The role's KPIs month by month, each rate with its denominator. */
function Trend(props: { roleId: string; name: string; trends: KpiTrends }) {
  const rows = props.trends.months.flatMap((month) => {
    const role = month.roles.find((r) => r.roleId === props.roleId);
    return role ? [{ month: monthName.format(new Date(month.from)), role }] : [];
  });
  return (
    <details class="trend">
      <summary>Trend by month</summary>
      <table>
        <caption class="visually-hidden">{props.name}: the KPIs month by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">With measures</th>
            <th scope="col">With a gain</th>
            <th scope="col">Reaching goals</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ month, role }) => (
            <tr key={month}>
              <th scope="row">{month}</th>
              <td>
                {percent(role.measuresRate)} ({role.accountsWithMeasures} of {role.accounts})
              </td>
              <td>
                {percent(role.gainRate)} ({role.accountsWithGain ?? "?"} of{" "}
                {role.accountsWithMeasures})
              </td>
              <td>
                {role.accountsWithDecidedGoals === 0
                  ? "no goal decided"
                  : `${percent(role.goalRate)} of ${role.accountsWithDecidedGoals ?? "?"}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Perceived value on its own 1–5 axis: a meter per touchpoint, the score and its responses. */
function PerceivedValue(props: { report: KpiReport }) {
  const values = props.report.perceivedValue;
  return (
    <section aria-labelledby="perceived-heading" class="perceived">
      <h3 id="perceived-heading">Perceived value, all accounts</h3>
      {values.length === 0 ? (
        <p>No pulse answered in the period.</p>
      ) : (
        <ul>
          {values.map((v) => {
            const label = touchpointWords[v.touchpoint];
            const score = new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(
              v.avgScore,
            );
            return (
              <li key={v.touchpoint}>
                <span class="touchpoint" id={`pv-${v.touchpoint}`}>
                  {label}
                </span>
                <meter
                  min={1}
                  max={5}
                  low={2.5}
                  high={3.5}
                  optimum={5}
                  value={v.avgScore}
                  aria-labelledby={`pv-${v.touchpoint}`}
                >
                  {score} of 5
                </meter>
                <span class="score">
                  {score} of 5 · {count(v.responses, "response", "responses")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
