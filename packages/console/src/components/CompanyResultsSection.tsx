import type { CompanyResults, RetentionResults, UsageResults } from "@goalpost/core/admin";
import type { Catalog } from "@goalpost/core/contract";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { count, day, percent, stateWords } from "../format/words.ts";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

type Group = RetentionResults["groups"][number];
type Interval = { estimate: number; low: number; high: number };

const money = (amount: number, currency = "USD") =>
  new Intl.NumberFormat("en", { style: "currency", currency, maximumFractionDigits: 0 }).format(
    amount,
  );
const ratio = (value: number | undefined) => (value === undefined ? "—" : percent(value));
const range = (i: Interval) => `${percent(i.low)}–${percent(i.high)}`;
const points = (value: number) =>
  `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.round(Math.abs(value) * 100)} points`;

/**
 * Company results beside customer results: NRR, GRR, logo churn and Net Usage Retention, then
 * renewals by the accounts' customer results as an interval plot, every figure with its n, the
 * small groups marked, and the caveat in plain words.
 */
export function CompanyResultsSection(props: { client: ConsoleClient; catalog: Catalog }) {
  const company = useLoad(() => props.client.companyResults(), "company");
  const retention = useLoad(() => props.client.retentionResults(), "retention");
  const c = company.value;
  const r = retention.value;
  return (
    <section aria-labelledby="company-heading" class="section">
      <h2 id="company-heading">Company results</h2>
      {c.state === "loading" && <p role="status">Loading the company results…</p>}
      {c.state === "failed" && <Problem error={c.error} what="The company results" />}
      {c.state === "ready" && <CompanyFigures results={c.value} catalog={props.catalog} />}
      <h3 id="retention-heading">Renewals by customer results</h3>
      {r.state === "loading" && <p role="status">Loading the renewals…</p>}
      {r.state === "failed" && <Problem error={r.error} what="The renewals" />}
      {r.state === "ready" && <RetentionPlot report={r.value} />}
    </section>
  );
}

function CompanyFigures(props: { results: CompanyResults; catalog: Catalog }) {
  const { revenue, usage } = props.results;
  const { from, to } = revenue.period;
  return (
    <>
      <p class="hint">
        {day(`${from}T00:00:00Z`)} to {day(`${to}T00:00:00Z`)}, over the{" "}
        {count(revenue.cohort, "account", "accounts")} paying at its start; churned accounts count
        at zero.
      </p>
      <dl class="figures">
        <div>
          <dt>Net revenue retention</dt>
          <dd>
            <span class="figure">{ratio(revenue.nrr)}</span>
            <span class="hint">
              {money(revenue.endArr, revenue.currency)} of{" "}
              {money(revenue.startArr, revenue.currency)}
            </span>
          </dd>
        </div>
        <div>
          <dt>Gross revenue retention</dt>
          <dd>
            <span class="figure">{ratio(revenue.grr)}</span>
            <span class="hint">expansion left out</span>
          </dd>
        </div>
        <div>
          <dt>Logo churn</dt>
          <dd>
            <span class="figure">{ratio(revenue.logoChurn.rate)}</span>
            <span class="hint">
              {revenue.logoChurn.churned} of {count(revenue.cohort, "account", "accounts")}
            </span>
          </dd>
        </div>
      </dl>
      {revenue.newAccounts.count > 0 && (
        <p class="hint">
          New in the period, apart from these figures:{" "}
          {count(revenue.newAccounts.count, "account", "accounts")},{" "}
          {money(revenue.newAccounts.endArr, revenue.currency)} ARR.
        </p>
      )}
      {usage.map((u) => (
        <UsageFigures key={u.usageMetricId} usage={u} catalog={props.catalog} />
      ))}
    </>
  );
}

function UsageFigures(props: { usage: UsageResults; catalog: Catalog }) {
  const u = props.usage;
  const metric = props.catalog.usageMetrics?.find((m) => m.id === u.usageMetricId);
  const name = metric?.name ?? u.usageMetricId;
  return (
    <div class="card">
      <p>
        <strong>Net usage retention, {name}</strong>: <span class="figure">{ratio(u.nur)}</span>
      </p>
      <p class="hint">
        {day(`${u.current.from}T00:00:00Z`)}–{day(`${u.current.to}T00:00:00Z`)} against{" "}
        {day(`${u.base.from}T00:00:00Z`)}–{day(`${u.base.to}T00:00:00Z`)}, over{" "}
        {count(u.cohort, "account", "accounts")}. Gross {ratio(u.grossUsageRetention)}, the median
        account {ratio(u.medianRatio)}
        {u.largest &&
          `, the largest account ${percent(u.largest.shareOfBase)} of the usage (without it ${ratio(u.largest.nurWithout)})`}
        .{u.noisy && " Month against month: seasonality moves it, read it as noisy."}
        {u.incomplete &&
          ` Incomplete: no usage arrived on ${u.missingDays.base + u.missingDays.current} days, so it undercounts.`}
      </p>
    </div>
  );
}

/** The renewal rate of each group as a point with its 95 % interval on a 0–100 % axis. */
function RetentionPlot(props: { report: RetentionResults }) {
  const { report } = props;
  const total = report.groups.reduce((sum, g) => sum + g.renewals, 0);
  if (total === 0) return <p>No renewal in this period yet.</p>;
  return (
    <>
      <p class="hint">
        {count(total, "renewal", "renewals")} from {day(`${report.period.from}T00:00:00Z`)} to{" "}
        {day(`${report.period.to}T00:00:00Z`)}, each account read {report.indexDays} days before its
        renewal. Bars are 95 % intervals.
      </p>
      <div class="table-scroll">
        <table class="retention">
          <caption class="visually-hidden">Renewal rate by customer results</caption>
          <thead>
            <tr>
              <th scope="col">Customer results</th>
              <th scope="col">Renewed</th>
              <th scope="col">Renewal rate (95 % interval)</th>
              <th scope="col">
                <span class="visually-hidden">Plot</span>
              </th>
              <th scope="col">Net revenue retention</th>
              <th scope="col">Against no measures</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((g) => (
              <GroupRow key={g.state} group={g} />
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Read with care.</strong> {report.caveat}
      </p>
      <details class="trend">
        <summary>The comparisons this report makes</summary>
        <ul>
          {report.comparisons.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

function GroupRow(props: { group: Group }) {
  const g = props.group;
  const rate = g.renewalRate;
  const versus = g.versusNoMeasures;
  return (
    <tr>
      <th scope="row">
        {stateWords[g.state]}
        {g.directional && g.renewals > 0 && <span class="hint"> · directional (few renewals)</span>}
      </th>
      <td>
        {g.renewed} of {g.renewals}
        <span class="hint"> · {count(g.accounts, "account", "accounts")}</span>
      </td>
      <td>{rate ? `${percent(rate.estimate)} (${range(rate)})` : "—"}</td>
      <td>{rate && <IntervalBar interval={rate} />}</td>
      <td>{g.nrr ? `${percent(g.nrr.estimate)} (${range(g.nrr)})` : "—"}</td>
      <td>
        {versus
          ? `${points(versus.difference.estimate)} (${points(versus.difference.low)} to ${points(versus.difference.high)}), p ${versus.p < 0.001 ? "< 0.001" : `= ${versus.p.toFixed(3)}`}`
          : "—"}
      </td>
    </tr>
  );
}

/** The interval as a line and the estimate as a dot; the cell beside it says it in words. */
function IntervalBar(props: { interval: Interval }) {
  const { low, high, estimate } = props.interval;
  return (
    <svg class="interval" viewBox="0 0 100 12" width="160" height="16" aria-hidden="true">
      <line x1="0" y1="6" x2="100" y2="6" class="axis" />
      <line x1={low * 100} y1="6" x2={high * 100} y2="6" class="range" />
      <circle cx={estimate * 100} cy="6" r="3" class="point" />
    </svg>
  );
}
