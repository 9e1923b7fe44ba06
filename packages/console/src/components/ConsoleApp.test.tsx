import type {
  AccountList,
  AccountListQuery,
  AccountRoleRow,
  KpiReport,
} from "@goalpost/core/contract";
import { demoCatalog } from "@goalpost/demo-data";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ConsoleClient, ConsoleError } from "../client/createConsoleClient.ts";
import { ConsoleApp } from "./ConsoleApp.tsx";
import { companyFixture, retentionFixture } from "./companyFixtures.ts";
import { endpointsFixture, failedDelivery } from "./webhookFixtures.ts";

afterEach(cleanup);

const row = (accountId: string, fields: Partial<AccountRoleRow> = {}): AccountRoleRow => ({
  accountId,
  roleId: "sdr",
  state: "gain",
  flags: [],
  risk: 0,
  users: 1,
  measures: 1,
  gains: 1,
  regressions: 0,
  goals: { active: 1, achieved: 0, missed: 0 },
  perceivedValue: { avgScore: 4, responses: 2 },
  lastEntryAt: "2026-11-30T10:00:00.000Z",
  ...fields,
});

const kpis: KpiReport = {
  from: "2026-09-01T00:00:00.000Z",
  to: "2026-12-01T00:00:00.000Z",
  roles: [
    {
      roleId: "digital-marketer",
      accounts: 3,
      accountsWithMeasures: 2,
      measuresRate: 2 / 3,
      roleInstances: 3,
      gainRate: 0.5,
      goalRate: 1,
      accountsWithGain: 1,
      accountsWithDecidedGoals: 1,
      metrics: [
        {
          metricId: "campaign-setup-hours",
          agreements: 2,
          avgGain: { absolute: 4.5, relative: 0.25 },
        },
      ],
    },
  ],
  perceivedValue: [{ touchpoint: "overall", avgScore: 3.5, responses: 4 }],
};

function fakeClient(
  pages: Record<string, AccountList>,
): ConsoleClient & { asked: AccountListQuery[] } {
  const asked: AccountListQuery[] = [];
  return {
    asked,
    catalog: async () => demoCatalog,
    kpis: async () => kpis,
    kpiTrends: async () => ({ months: [kpis] }),
    companyResults: async () => companyFixture,
    retentionResults: async () => retentionFixture,
    webhookEndpoints: async () => ({ items: endpointsFixture }),
    webhookDeliveries: async () => ({ items: [failedDelivery("evt_1")] }),
    pulseComments: async (query = {}) =>
      query.cursor
        ? { items: [comment("p2", "Support is quick")], nextCursor: null }
        : { items: [comment("p1", "Too dear")], nextCursor: "n2" },
    accountReport: async (accountId) => ({
      accountId,
      generatedAt: "2026-12-01T00:00:00.000Z",
      roles: [
        {
          roleId: "digital-marketer",
          users: 2,
          metrics: [
            {
              agreement: {
                id: "agr_1",
                accountId,
                roleId: "digital-marketer",
                metricId: "campaign-setup-hours",
                status: "agreed",
                proposedBy: "customer",
                agreedAt: "2026-10-01T00:00:00.000Z",
                baseline: { value: 6, at: "2026-10-01T00:00:00.000Z", source: "self" },
              },
              baseline: { value: 6, at: "2026-10-01T00:00:00.000Z", source: "self" },
              current: { value: 4.5, at: "2026-11-20T00:00:00.000Z", source: "self" },
              gain: { absolute: 1.5, relative: 0.25 },
              goals: { achieved: 1, missed: 0, abandoned: 0, active: 0 },
            },
          ],
          perceivedValue: [],
        },
      ],
    }),
    shareLinks: async (accountId) => ({
      items: [
        {
          id: "share_1",
          accountId,
          createdAt: "2026-11-30T00:00:00.000Z",
          expiresAt: "2099-01-01T00:00:00.000Z",
          createdBy: "admin",
        },
        {
          id: "share_0",
          accountId,
          createdAt: "2026-11-01T00:00:00.000Z",
          expiresAt: "2026-11-15T00:00:00.000Z",
          revokedAt: "2026-11-02T00:00:00.000Z",
          createdBy: "admin",
        },
      ],
    }),
    accounts: async (query = {}) => {
      asked.push(query);
      const page = pages[query.cursor ?? "first"];
      if (!page) throw new Error(`no page ${query.cursor}`);
      return page;
    },
  };
}

const now = () => new Date("2026-12-01T00:00:00.000Z");

function comment(id: string, text: string) {
  return {
    id,
    accountId: "globex",
    roleId: "sdr",
    touchpoint: "pricing" as const,
    score: 2,
    comment: text,
    at: "2026-11-29T09:00:00.000Z",
  };
}

describe("ConsoleApp", () => {
  it("shows each KPI with its denominator and a direction-aware gain", async () => {
    const client = fakeClient({ first: { items: [row("acme")], total: 1, nextCursor: null } });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    const card = await screen.findByRole("article", { name: "Digital marketer" });
    expect(card.textContent).toContain("2 of 3 accounts");
    expect(card.textContent).toContain("1 of 2 accounts measuring");
    expect(card.textContent).toContain("of 1 account with a goal decided");
    expect(within(card).getByRole("row", { name: /Campaign setup time/ }).textContent).toContain(
      "4.5 hours faster (+25%) · better",
    );
    const score = await screen.findByText("3.5 of 5 · 4 responses");
    const meter = score.parentElement?.querySelector("meter");
    expect(meter?.getAttribute("aria-labelledby")).toBe("pv-overall");
    expect(meter?.getAttribute("value")).toBe("3.5");
    expect(meter?.getAttribute("min")).toBe("1");
    expect(meter?.getAttribute("max")).toBe("5");
    const trend = await within(card).findByRole("row", { name: /Sep 2026/ });
    expect(trend.textContent).toBe("Sep 202667% (2 of 3)50% (1 of 2)100% of 1");
  });

  it("downloads every page of the filtered accounts as one CSV", async () => {
    const client = fakeClient({
      first: { items: [row("globex"), row("acme")], total: 3, nextCursor: "c2" },
      c2: { items: [row("=initech")], total: 3, nextCursor: null },
    });
    const made: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      made.push(blob);
      return "blob:csv";
    });
    URL.revokeObjectURL = vi.fn();
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    await screen.findByRole("row", { name: /globex/ });
    fireEvent.click(screen.getByRole("button", { name: "Download these accounts (CSV)" }));
    await screen.findByText("The CSV of 3 rows is downloaded.");
    expect(client.asked.slice(-2)).toEqual([
      { sort: "risk", limit: 200 },
      { sort: "risk", limit: 200, cursor: "c2" },
    ]);
    const text = await made[0]?.text();
    expect(
      text
        ?.split("\r\n")
        .slice(1, 4)
        .map((line) => line.split(",")[0]),
    ).toEqual(["globex", "acme", "'=initech"]);
  });

  it("lists the accounts the server pages, and pages by its cursor", async () => {
    const client = fakeClient({
      first: {
        items: [row("globex", { flags: ["regression"], risk: 1, state: "measuring" }), row("acme")],
        total: 3,
        nextCursor: "c2",
      },
      c2: { items: [row("initech")], total: 3, nextCursor: null },
    });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    const first = await screen.findByRole("row", { name: /globex/ });
    expect(first.textContent).toContain("Below baseline");
    await screen.findByText("Rows 1–2 of 3, at-risk first.");
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    await screen.findByRole("row", { name: /initech/ });
    expect(client.asked.at(-1)).toMatchObject({ cursor: "c2", sort: "risk" });
    await screen.findByText("Rows 3–3 of 3, at-risk first.");
    fireEvent.click(screen.getByRole("button", { name: "Previous page" }));
    await screen.findByRole("row", { name: /globex/ });
    expect(client.asked.at(-1)?.cursor).toBeUndefined();
  });

  it("filters and sorts through the server, from the first page", async () => {
    const client = fakeClient({ first: { items: [row("acme")], total: 1, nextCursor: null } });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    await screen.findByRole("row", { name: /acme/ });
    fireEvent.change(screen.getByLabelText("Role"), { target: { value: "sdr" } });
    await waitFor(() => expect(client.asked.at(-1)).toMatchObject({ role: "sdr" }));
    fireEvent.change(screen.getByLabelText("State"), { target: { value: "at-risk" } });
    await waitFor(() =>
      expect(client.asked.at(-1)).toMatchObject({ role: "sdr", state: "at-risk" }),
    );
    fireEvent.input(screen.getByLabelText("Search accounts"), { target: { value: " acm " } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    await waitFor(() => expect(client.asked.at(-1)).toMatchObject({ q: "acm" }));
    fireEvent.click(await screen.findByRole("button", { name: /^Account/ }));
    await waitFor(() => expect(client.asked.at(-1)).toMatchObject({ sort: "account" }));
    const header = screen.getByRole("columnheader", { name: /^Account/ });
    await waitFor(() => expect(header.getAttribute("aria-sort")).toBe("ascending"));
  });

  it("says a refused token plainly, and how to get a new link", async () => {
    const client = fakeClient({});
    client.catalog = vi.fn(async () => {
      throw new ConsoleError(401, "the token was refused: the token has expired");
    });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your console link is not valid any more.");
    expect(alert.textContent).toContain("the token has expired");
    expect(alert.textContent).toContain("goalpost-server console-link");
  });

  it("shows the pulse comments newest first, and more on request", async () => {
    const client = fakeClient({ first: { items: [row("acme")], total: 1, nextCursor: null } });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    const quote = await screen.findByText("Too dear");
    expect(quote.parentElement?.textContent).toContain(
      "Pricing · 2 of 5 · Sales development rep at globex · Nov 29, 2026",
    );
    fireEvent.click(screen.getByRole("button", { name: "More comments" }));
    await screen.findByText("Support is quick");
    expect(screen.getByText("Too dear")).toBeDefined();
    expect(screen.queryByRole("button", { name: "More comments" })).toBeNull();
  });

  it("opens an account's report from its row, with its share links, and closes it", async () => {
    const client = fakeClient({ first: { items: [row("acme")], total: 1, nextCursor: null } });
    render(<ConsoleApp client={client} token={undefined} now={now} />);
    fireEvent.click(await screen.findByRole("button", { name: "acme: open the report" }));
    const report = await screen.findByRole("region", { name: "Report: acme" });
    const measure = await within(report).findByRole("row", { name: /Campaign setup time/ });
    expect(measure.textContent).toBe(
      "Campaign setup time6 hours4.5 hours1.5 hours faster · betternone active1 achieved, 0 missed",
    );
    await within(report).findByText(/open until Jan 1, 2099/);
    expect(within(report).getByText(/revoked Nov 2, 2026/)).toBeDefined();
    fireEvent.click(within(report).getByRole("button", { name: "Close the report" }));
    expect(screen.queryByRole("region", { name: "Report: acme" })).toBeNull();
  });

  it("names who is signed in, and says when the link expired", async () => {
    const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, "");
    const token = (exp: number) => `${part({ alg: "HS256" })}.${part({ name: "Dana", exp })}.x`;
    const client = fakeClient({ first: { items: [row("acme")], total: 1, nextCursor: null } });
    const { unmount } = render(
      <ConsoleApp client={client} token={token(now().getTime() / 1000 + 3600)} now={now} />,
    );
    expect((await screen.findByText(/Signed in as/)).textContent).toMatch(
      /^Signed in as Dana, until /,
    );
    unmount();
    render(<ConsoleApp client={client} token={token(now().getTime() / 1000 - 60)} now={now} />);
    expect((await screen.findByText(/Signed in as/)).textContent).toMatch(/the link expired/);
  });

  it("without a token, asks for a sign-in link", () => {
    render(<ConsoleApp client={undefined} token={undefined} now={now} />);
    expect(screen.getByRole("alert").textContent).toContain("Open the console with a sign-in link");
  });
});
