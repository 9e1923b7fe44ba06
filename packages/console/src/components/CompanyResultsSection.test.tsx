import { demoCatalog } from "@goalpost/demo-data";
import { cleanup, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { CompanyResultsSection } from "./CompanyResultsSection.tsx";
import { companyFixture, retentionFixture } from "./companyFixtures.ts";

afterEach(cleanup);

const client = (over: Partial<ConsoleClient> = {}) =>
  ({
    companyResults: async () => companyFixture,
    retentionResults: async () => retentionFixture,
    ...over,
  }) as ConsoleClient;

describe("CompanyResultsSection", () => {
  it("gives each company figure with what it is computed from", async () => {
    render(<CompanyResultsSection client={client()} catalog={demoCatalog} />);
    const nrr = (await screen.findByText("Net revenue retention", { selector: "dt" }))
      .parentElement as HTMLElement;
    within(nrr).getByText("105%");
    within(nrr).getByText("$1,050,000 of $1,000,000");
    const churn = screen.getByText("Logo churn", { selector: "dt" }).parentElement as HTMLElement;
    within(churn).getByText("6 of 40 accounts");
    screen.getByText(/New in the period, apart from these figures: 3 accounts, \$45,000 ARR/);
    screen.getByText(/Net usage retention, Identified visitors/);
    screen.getByText(/the largest account 12% of the usage \(without it 108%\)/);
    screen.getByText(/Incomplete: no usage arrived on 2 days, so it undercounts/);
  });

  it("plots renewals by customer results with n, intervals, the small group marked, the caveat", async () => {
    render(<CompanyResultsSection client={client()} catalog={demoCatalog} />);
    const table = await screen.findByRole("table", { name: "Renewal rate by customer results" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "No measures",
      "Measuring",
      "Gain",
      "Goal achieved · directional (few renewals)",
    ]);
    const gain = rows[2] as HTMLElement;
    within(gain).getByText("25 of 28");
    within(gain).getByText("89% (79%–97%)");
    within(gain).getByText("+18 points (+2 points to +31 points), p = 0.021");
    screen.getByText(/117 renewals from/);
    screen.getByText("This is an association, not a cause.");
  });

  it("says when a read fails, and when there is nothing to show", async () => {
    render(
      <CompanyResultsSection
        client={client({
          companyResults: async () => {
            throw new Error("boom");
          },
          retentionResults: async () => ({
            ...retentionFixture,
            groups: retentionFixture.groups.map((g) => ({ ...g, renewals: 0, renewed: 0 })),
          }),
        })}
        catalog={demoCatalog}
      />,
    );
    await screen.findByText("No renewal in this period yet.");
    expect((await screen.findAllByRole("alert")).length).toBeGreaterThan(0);
  });
});
