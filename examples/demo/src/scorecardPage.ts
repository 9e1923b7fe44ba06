// The vendor's scorecard: the Customer Results Achievement KPIs by role and period, perceived
// value by touchpoint, and one account's report, read with Goalpost's admin client.
import "./styles.css";
import { formatDate } from "./scorecard/format.ts";
import { periodRange } from "./scorecard/period.ts";
import { renderAccountReport } from "./scorecard/renderAccountReport.ts";
import { renderKpis } from "./scorecard/renderKpis.ts";
import { renderPerceivedValue } from "./scorecard/renderPerceivedValue.ts";
import { vendorAdmin } from "./scorecard/vendorAdmin.ts";
import { currentUser } from "./shell/currentUser.ts";
import { accountIds, accountName } from "./shell/demoAccounts.ts";
import { byId, h } from "./shell/h.ts";
import { mountHeader } from "./shell/mountHeader.ts";
import { showStartFailure } from "./shell/showStartFailure.ts";
import { startBackend } from "./shell/startBackend.ts";

const backend = startBackend();
const admin = vendorAdmin();
const periodForm = byId<HTMLFormElement>("period-form");
const accountPicker = byId<HTMLSelectElement>("account-picker");
accountPicker.append(...accountIds.map((id) => h("option", { value: id }, accountName(id))));
accountPicker.value = currentUser().accountId;

const problem = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Calls `load` and shows its result, dropping answers that a newer call has overtaken. */
function latestOnly<T>(
  load: () => Promise<T>,
  show: (result: T) => void,
  fail: (e: unknown) => void,
) {
  let latest = 0;
  return async () => {
    const call = ++latest;
    try {
      const result = await load();
      if (call === latest) show(result);
    } catch (error) {
      if (call === latest) fail(error);
    }
  };
}

const kpiStatus = byId("kpi-status");
const loadKpis = latestOnly(
  () => {
    kpiStatus.textContent = "Loading the KPIs…";
    const days = Number(new FormData(periodForm).get("period") ?? 90);
    return admin.getKpis(periodRange(days));
  },
  (report) => {
    kpiStatus.textContent = `From ${formatDate(report.from)} to ${formatDate(report.to)}.`;
    byId("role-cards").replaceChildren(...renderKpis(report));
    byId("perceived").replaceChildren(
      renderPerceivedValue(report.perceivedValue, "Perceived value by touchpoint, all accounts"),
    );
  },
  (error) => {
    kpiStatus.textContent = `The KPIs could not be loaded: ${problem(error)}. Choose a period to try again.`;
  },
);

const accountStatus = byId("account-status");
const loadAccount = latestOnly(
  () => {
    accountStatus.textContent = "Loading the account report…";
    return admin.getAccountReport(accountPicker.value);
  },
  (report) => {
    accountStatus.textContent = `${accountName(report.accountId)}, as of ${formatDate(report.generatedAt)}.`;
    byId("account-report").replaceChildren(...renderAccountReport(report));
  },
  (error) => {
    accountStatus.textContent = `The account report could not be loaded: ${problem(error)}.`;
    byId("account-report").replaceChildren();
  },
);

periodForm.addEventListener("change", loadKpis);
periodForm.addEventListener("submit", (event) => event.preventDefault());
accountPicker.addEventListener("change", loadAccount);
mountHeader({
  backend,
  onUserChange(user) {
    accountPicker.value = user.accountId;
    void loadAccount();
  },
});

backend.then(() => Promise.all([loadKpis(), loadAccount()]), showStartFailure);
