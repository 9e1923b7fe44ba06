import type { Catalog, KpiReport, RoleKpis } from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { gainWords } from "../format/gainWords.ts";
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
      </div>
      <p class="status" role="status">
        {loaded.state === "loading"
          ? "Loading the KPIs…"
          : loaded.state === "ready"
            ? `From ${day(loaded.value.from)} to ${day(loaded.value.to)}.`
            : ""}
      </p>
      {loaded.state === "failed" && <Problem error={loaded.error} what="The KPIs" />}
      {loaded.state === "ready" && <Kpis report={loaded.value} catalog={props.catalog} />}
    </section>
  );
}

function Kpis(props: { report: KpiReport; catalog: Catalog }) {
  const { report, catalog } = props;
  return (
    <>
      <div class="cards">
        {report.roles.map((role) => (
          <RoleCard key={role.roleId} role={role} catalog={catalog} />
        ))}
      </div>
      <PerceivedValue report={report} />
    </>
  );
}

function RoleCard(props: { role: RoleKpis; catalog: Catalog }) {
  const { role, catalog } = props;
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
    </article>
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
