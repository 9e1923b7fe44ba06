import type { Catalog, AccountReport as Report, ShareLink } from "@goalpost/core/contract";
import { createValueFormat } from "@goalpost/core/format";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { gainWords } from "../format/gainWords.ts";
import { count, day, touchpointWords } from "../format/words.ts";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

const format = createValueFormat({ locale: "en" });

/**
 * One account's report, the chosen role first: what the CS team walks the customer through, and
 * prints (the print stylesheet leaves out the rest of the console). Its share links are listed;
 * they are made with the admin key, not from here.
 */
export function AccountReport(props: {
  client: ConsoleClient;
  catalog: Catalog;
  accountId: string;
  roleId: string;
  onClose: () => void;
}) {
  const { client, catalog, accountId, roleId } = props;
  const report = useLoad(() => client.accountReport(accountId), accountId);
  const links = useLoad(() => client.shareLinks(accountId), accountId);
  const loaded = report.value;
  return (
    <section class="section report" aria-labelledby="report-heading">
      <div class="section-head">
        <h2 id="report-heading">Report: {accountId}</h2>
        <div class="toolbar">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" onClick={props.onClose}>
            Close the report
          </button>
        </div>
      </div>
      {loaded.state === "loading" && <p role="status">Loading the report…</p>}
      {loaded.state === "failed" && <Problem error={loaded.error} what="The report" />}
      {loaded.state === "ready" && <Roles report={loaded.value} catalog={catalog} first={roleId} />}
      <h3>Share links</h3>
      {links.value.state === "ready" && <Links items={links.value.value.items} />}
      {links.value.state === "failed" && (
        <Problem error={links.value.error} what="The share links" />
      )}
      <p class="hint">
        A share link opens this report for the customer, read-only, until it expires. Your Goalpost
        admin makes and revokes them with the admin key (POST /v1/admin/accounts/{accountId}
        /share-links).
      </p>
    </section>
  );
}

function Roles(props: { report: Report; catalog: Catalog; first: string }) {
  const { report, catalog, first } = props;
  const roles = [...report.roles].sort(
    (a, b) => Number(b.roleId === first) - Number(a.roleId === first),
  );
  return (
    <>
      <p class="status">As of {day(report.generatedAt)}.</p>
      {roles.map((role) => {
        const name = catalog.roles.find((r) => r.id === role.roleId)?.name ?? role.roleId;
        return (
          <article key={role.roleId} class="card" aria-labelledby={`report-${role.roleId}`}>
            <h3 id={`report-${role.roleId}`}>
              {name} ({count(role.users, "user", "users")})
            </h3>
            {role.metrics.length === 0 ? (
              <p>No measures agreed yet.</p>
            ) : (
              // A narrow screen scrolls the table in its own region, which takes focus.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (WCAG 2.1.1)
              <section class="table-scroll" tabIndex={0} aria-label={`${name}: measures`}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Measure</th>
                      <th scope="col">Baseline</th>
                      <th scope="col">Now</th>
                      <th scope="col">Change</th>
                      <th scope="col">Next goal</th>
                      <th scope="col">Goals</th>
                    </tr>
                  </thead>
                  <tbody>
                    {role.metrics.map((m) => {
                      const metric = catalog.metrics.find((x) => x.id === m.agreement.metricId);
                      const value = (v: number | undefined) =>
                        v === undefined || !metric ? "–" : format.value(metric, v);
                      const words = metric && m.gain ? gainWords(metric, m.gain) : undefined;
                      return (
                        <tr key={m.agreement.id}>
                          <th scope="row">{metric?.name ?? m.agreement.metricId}</th>
                          <td>{value(m.baseline?.value)}</td>
                          <td>{value(m.current?.value)}</td>
                          <td>
                            {words ? (
                              <span class={`gain ${words.verdict}`}>
                                {words.text} · {words.verdict}
                              </span>
                            ) : (
                              "–"
                            )}
                          </td>
                          <td>
                            {m.activeGoal
                              ? `${value(m.activeGoal.target)} by ${day(m.activeGoal.dueAt)}`
                              : "none active"}
                          </td>
                          <td>{`${m.goals.achieved} achieved, ${m.goals.missed} missed`}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </section>
            )}
            {role.perceivedValue.length > 0 && (
              <p class="hint">
                Perceived value:{" "}
                {role.perceivedValue
                  .map(
                    (p) =>
                      `${touchpointWords[p.touchpoint]} ${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(p.avgScore)} of 5`,
                  )
                  .join(", ")}
              </p>
            )}
          </article>
        );
      })}
    </>
  );
}

function Links(props: { items: ShareLink[] }) {
  if (props.items.length === 0) return <p>No share link yet.</p>;
  const now = Date.now();
  return (
    <ul class="links">
      {props.items.map((link) => (
        <li key={link.id}>
          Made {day(link.createdAt)},{" "}
          {link.revokedAt
            ? `revoked ${day(link.revokedAt)}`
            : Date.parse(link.expiresAt) <= now
              ? `expired ${day(link.expiresAt)}`
              : `open until ${day(link.expiresAt)}`}
        </li>
      ))}
    </ul>
  );
}
