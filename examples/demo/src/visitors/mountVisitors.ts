import type { DemoUser } from "@goalpost/mock-backend";
import { byId } from "../shell/h.ts";
import { pageLocale } from "../shell/pageLocale.ts";
import type { AppRecorder } from "./createAppRecorder.ts";
import { icpFit } from "./icp.ts";
import { mountIcpForm } from "./icpForm.ts";
import { loadIcp, saveIcp } from "./icpStorage.ts";
import { loadQualified, saveQualified } from "./qualifiedThisWeek.ts";
import { renderVisitorTable } from "./renderVisitorTable.ts";
import { visitors } from "./visitors.ts";

/** The Visitors page, as its entry script drives it. */
export interface VisitorsPage {
  /** Shows the page for another signed-in user (their account's ICP, their marks). */
  setUser(user: DemoUser): void;
  /** Brings the ICP filter into view with focus on it. */
  focusIcpFilter(): void;
}

const percent = new Intl.NumberFormat(pageLocale, { style: "percent" });
const roleNotes: Record<string, string> = {
  "digital-marketer":
    "Beacon computes your ICP fit rate from this list and records it in Goalpost whenever you change the filter.",
  sdr: "Mark the companies you qualified: Beacon counts their contacts and records your qualified contacts for the week in Goalpost.",
  "marketing-vp":
    "Your web-attributed revenue reaches Goalpost from Salesforce, through Beacon's CRM integration: nothing to enter here.",
};

/**
 * The product page: Beacon's visitor list with its ICP filter. The page itself generates two
 * of the catalog's `app` metrics — a marketer's ICP fit rate from the filter, an SDR's
 * qualified contacts from the visitors they mark — and hands them to `recorder`: as they change,
 * and as the page opens for a user (the value to start from, for a metric not agreed yet).
 */
export function mountVisitors(first: DemoUser, recorder: AppRecorder): VisitorsPage {
  let user = first;
  let icp = loadIcp(user.accountId);
  let onlyFits = false;
  let qualified = loadQualified(user.id);
  const sdr = () => user.roleId === "sdr";

  const form = mountIcpForm((next, only) => {
    const changed = JSON.stringify(next) !== JSON.stringify(icp);
    icp = next;
    onlyFits = only;
    saveIcp(user.accountId, icp);
    render();
    if (changed && user.roleId === "digital-marketer") {
      const fit = icpFit(visitors, icp).percent;
      recorder.record("icp-fit-rate", fit, `${percent.format(fit / 100)} ICP fit`);
    }
  });

  byId("visitor-table").addEventListener("change", (event) => {
    const box = event.target as HTMLInputElement;
    const id = box.dataset.visitor;
    if (!id || !sdr()) return;
    if (box.checked) qualified.add(id);
    else qualified.delete(id);
    saveQualified(user.id, qualified);
    const contacts = qualifiedContacts();
    renderRoleNote();
    recorder.record("qualified-contacts", contacts, `${contacts} qualified contacts this week`);
  });

  const qualifiedContacts = () =>
    visitors.filter((v) => qualified.has(v.id)).reduce((sum, v) => sum + v.contacts, 0);

  function renderRoleNote() {
    byId("role-note").textContent = roleNotes[user.roleId] ?? "";
    const summary = byId("qualified-summary");
    summary.hidden = !sdr();
    const companies = qualified.size === 1 ? "1 company" : `${qualified.size} companies`;
    summary.textContent = `Qualified this week: ${qualifiedContacts()} contacts at ${companies}.`;
  }

  /**
   * Hands the widget what Beacon holds for the user as the page opens: the fit rate of a
   * marketer's ICP, an SDR's qualified contacts once they have marked a company this week.
   */
  function offerCurrent() {
    if (user.roleId === "digital-marketer")
      recorder.current("icp-fit-rate", icpFit(visitors, icp).percent);
    if (sdr() && qualified.size > 0) recorder.current("qualified-contacts", qualifiedContacts());
  }

  function render() {
    const fit = icpFit(visitors, icp);
    byId("fit-figure").textContent = percent.format(fit.percent / 100);
    byId("fit-detail").textContent = `${fit.fits} of ${fit.total} identified visitors fit your ICP`;
    byId("fit-bar").setAttribute("width", String(fit.percent));
    renderRoleNote();
    renderVisitorTable({ list: visitors, icp, onlyFits, qualified: sdr() ? qualified : undefined });
  }

  form.set(icp);
  render();
  offerCurrent();
  return {
    setUser(next) {
      user = next;
      icp = loadIcp(user.accountId);
      qualified = loadQualified(user.id);
      recorder.reset();
      form.set(icp);
      render();
      offerCurrent();
    },
    focusIcpFilter: () => form.focus(),
  };
}
