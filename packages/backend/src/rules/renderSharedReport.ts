import { createValueFormat, gainSinceBaseline } from "@goalpost/core";
import type { AccountReport, Catalog } from "@goalpost/core/contract";

const format = createValueFormat({ locale: "en" });
const day = (iso: string) =>
  new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

/** Text made safe for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The page's only style, in its head; the CSP allows exactly this text by its hash. */
export const sharedReportCss = `body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #c9ced6;vertical-align:top}
.scroll{overflow-x:auto}.better{color:#116b2f}.worse{color:#b3261e}.note{color:#4a5360}
@media (prefers-color-scheme:dark){body{color:#eef1f5;background:#15181d}th,td{border-color:#3b434e}.better{color:#7fd89a}.worse{color:#ffb4ab}.note{color:#b4bcc8}}
@media print{body{max-width:none}.note{color:#000}}`;

/**
 * One account's report as a page of its own, for the link a CS team shares with the customer:
 * each role's measures (baseline, now, the gain in the metric's direction, goals) and perceived
 * value, and when the link expires. Plain HTML, no script, everything escaped; print-ready.
 */
export function renderSharedReport(input: {
  report: AccountReport;
  catalog: Catalog;
  expiresAt: string;
}): string {
  const { report, catalog } = input;
  const roleName = (id: string) => catalog.roles.find((r) => r.id === id)?.name ?? id;
  const sections = report.roles.map((role) => {
    const rows = role.metrics
      .filter((m) => m.agreement.status !== "proposed")
      .map((m) => {
        const metric = catalog.metrics.find((x) => x.id === m.agreement.metricId);
        if (!metric) return "";
        const value = (v: number | undefined) => (v === undefined ? "–" : format.value(metric, v));
        const gain =
          m.baseline && m.current
            ? gainSinceBaseline(m.baseline.value, m.current.value, metric.direction)
            : null;
        const gainText =
          gain === null || gain.absolute === 0
            ? "no change yet"
            : `${format.amount(metric, Math.abs(gain.absolute))} ${gain.absolute > 0 ? "better" : "worse"}`;
        const gainClass =
          gain && gain.absolute > 0 ? "better" : gain && gain.absolute < 0 ? "worse" : "";
        const goal = m.activeGoal
          ? `${value(m.activeGoal.target)} by ${day(m.activeGoal.dueAt)}`
          : "none active";
        return `<tr><th scope="row">${escapeHtml(metric.name)}</th><td>${escapeHtml(value(m.baseline?.value))}</td><td>${escapeHtml(value(m.current?.value))}</td><td class="${gainClass}">${escapeHtml(gainText)}</td><td>${escapeHtml(goal)}</td><td>${m.goals.achieved} achieved, ${m.goals.missed} missed</td></tr>`;
      })
      .join("");
    const pulses = role.perceivedValue
      .map(
        (p) =>
          `<li>${escapeHtml(p.touchpoint)}: ${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(p.avgScore)} of 5 (${p.responses} ${p.responses === 1 ? "response" : "responses"})</li>`,
      )
      .join("");
    return `<section aria-labelledby="r-${escapeHtml(role.roleId)}"><h2 id="r-${escapeHtml(role.roleId)}">${escapeHtml(roleName(role.roleId))}</h2>${
      rows
        ? `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(roleName(role.roleId))}: measures"><table><thead><tr><th scope="col">Measure</th><th scope="col">Baseline</th><th scope="col">Now</th><th scope="col">Change</th><th scope="col">Next goal</th><th scope="col">Goals</th></tr></thead><tbody>${rows}</tbody></table></div>`
        : "<p>No measures agreed yet.</p>"
    }${pulses ? `<p>Perceived value</p><ul>${pulses}</ul>` : ""}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>Results of ${escapeHtml(report.accountId)}</title><style>${sharedReportCss}</style></head><body><main><h1>Results of ${escapeHtml(report.accountId)}</h1><p class="note">As of ${escapeHtml(day(report.generatedAt))}. This read-only link works until ${escapeHtml(day(input.expiresAt))}.</p>${sections.join("")}</main></body></html>`;
}

/** The page a link that no longer opens answers with. */
export function renderClosedShareLink(reason: "expired" | "revoked" | "unknown"): string {
  const said =
    reason === "expired"
      ? "This link has expired."
      : reason === "revoked"
        ? "This link was revoked."
        : "There is no report at this link.";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Link closed</title><style>${sharedReportCss}</style></head><body><main><h1>${said}</h1><p>Ask the team that shared it for a new link.</p></main></body></html>`;
}

/** The headers of a shared page: no script at all, only its own style, no referrer, no cache. */
export async function sharedPageHeaders(): Promise<Record<string, string>> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(sharedReportCss));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-robots-tag": "noindex",
    "x-content-type-options": "nosniff",
  };
}
