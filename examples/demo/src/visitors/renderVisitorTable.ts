import { byId, h } from "../shell/h.ts";
import { pageLocale } from "../shell/pageLocale.ts";
import { fitsIcp, type Icp } from "./icp.ts";
import type { Visitor } from "./visitors.ts";

/** What the visitor table shows. */
export interface VisitorTableView {
  list: readonly Visitor[];
  icp: Icp;
  onlyFits: boolean;
  /** For an SDR: the visitors qualified this week (adds the contacts and qualify columns). */
  qualified: ReadonlySet<string> | undefined;
}

const number = new Intl.NumberFormat(pageLocale);
const days = new Intl.RelativeTimeFormat(pageLocale, { numeric: "auto" });

/**
 * Renders the visitor list into `#visitor-table`. An SDR's rows get a "Qualified" checkbox
 * (`data-visitor` names the visitor) that the page listens to.
 */
export function renderVisitorTable(view: VisitorTableView): void {
  const { icp, qualified } = view;
  const rows = view.list.filter((visitor) => !view.onlyFits || fitsIcp(visitor, icp));
  const headers = ["Company", "Top page", "Visits", "Last seen", "ICP"];
  if (qualified) headers.push("Contacts", "Qualified");

  const table = byId<HTMLTableElement>("visitor-table");
  const caption = view.onlyFits
    ? `${rows.length} visitors that fit your ICP, of ${view.list.length} identified`
    : `${rows.length} identified visitors, last 30 days`;
  table.replaceChildren(
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...headers.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, ...rows.map((visitor) => row(visitor, icp, qualified))),
  );
}

function row(visitor: Visitor, icp: Icp, qualified: ReadonlySet<string> | undefined) {
  const fits = fitsIcp(visitor, icp);
  const cells = [
    h(
      "th",
      { scope: "row" },
      visitor.company,
      h(
        "span",
        { class: "company-facts" },
        `${visitor.industry} · ${number.format(visitor.employees)} employees · ${visitor.region}`,
      ),
    ),
    h("td", {}, visitor.topPage),
    h("td", { class: "num" }, number.format(visitor.visits)),
    h("td", {}, days.format(-visitor.lastSeenDaysAgo, "day")),
    h(
      "td",
      {},
      h("span", { class: fits ? "badge badge-fit" : "badge" }, fits ? "Fits" : "Outside ICP"),
    ),
  ];
  if (qualified) {
    const pressed = qualified.has(visitor.id);
    cells.push(
      h("td", { class: "num" }, number.format(visitor.contacts)),
      h(
        "td",
        {},
        h(
          "label",
          { class: "check" },
          h("input", { type: "checkbox", checked: pressed, "data-visitor": visitor.id }),
          h("span", {}, "Qualified"),
          h("span", { class: "sr-only" }, ` — ${visitor.company}`),
        ),
      ),
    );
  }
  return h("tr", { class: fits ? "fits" : undefined }, ...cells);
}
