import type { WebhookDeliveryQuery } from "@goalpost/core/contract";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { type ConsoleClient, ConsoleError } from "../client/createConsoleClient.ts";
import { WebhooksSection } from "./WebhooksSection.tsx";
import { endpointsFixture, failedDelivery } from "./webhookFixtures.ts";

afterEach(cleanup);

/** A client whose failed deliveries come in two pages: c2 is the second page's cursor. */
function client(over: Partial<ConsoleClient> = {}) {
  const asked: { id: string; query: WebhookDeliveryQuery | undefined }[] = [];
  const fake = {
    webhookEndpoints: async () => ({ items: endpointsFixture }),
    webhookDeliveries: async (id: string, query?: WebhookDeliveryQuery) => {
      asked.push({ id, query });
      if (query?.status === "pending") return { items: pendingFixture };
      return query?.cursor === "c2"
        ? {
            items: [
              failedDelivery("evt_1", {
                eventType: "goal.achieved",
                responseStatus: undefined,
                responseExcerpt: undefined,
                error: "connect ECONNREFUSED 203.0.113.7:443",
              }),
            ],
          }
        : { items: [failedDelivery("evt_3"), failedDelivery("evt_2")], nextCursor: "c2" };
    },
    ...over,
  } as ConsoleClient;
  return Object.assign(fake, { asked });
}

const pendingFixture = [
  failedDelivery("evt_5", {
    status: "pending",
    attempts: 3,
    nextAttemptAt: "2026-12-03T10:00:00.000Z",
    responseStatus: 503,
    responseExcerpt: "Service Unavailable",
  }),
  failedDelivery("evt_6", {
    status: "pending",
    attempts: 0,
    lastAttemptAt: undefined,
    responseStatus: undefined,
    responseExcerpt: undefined,
  }),
];

const rowsOf = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);
const cells = (row: HTMLElement) =>
  [...row.querySelectorAll("th, td")].map((cell) => cell.textContent);

describe("WebhooksSection", () => {
  it("lists each endpoint with its filter, status and how its deliveries stand", async () => {
    render(<WebhooksSection client={client()} />);
    const table = await screen.findByRole("table", {
      name: "Webhook endpoints and their deliveries",
    });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual([
      "Endpoint",
      "Status",
      "Events",
      "Pending",
      "Failed",
      "Last delivered",
      "Last failure",
    ]);
    const [crm, alerts] = rowsOf(table) as [HTMLElement, HTMLElement];
    expect(cells(crm)).toEqual([
      "https://crm.example.com/goalpost · CRM: goals on the account",
      "Enabled",
      "goal.achieved, goal.missed",
      "2",
      "3",
      "Dec 3, 2026, 8:15 AM UTC",
      "Dec 3, 2026, 9:30 AM UTC",
    ]);
    expect(cells(alerts)).toEqual([
      "https://alerts.example.com/hooks/goalpost",
      "Disabled",
      "All events",
      "0",
      "0",
      "Never",
      "None",
    ]);
    // Only a count above zero opens its deliveries; the console says who manages endpoints.
    expect(within(alerts).queryByRole("button")).toBeNull();
    screen.getByText(/admin key, which this console does not hold: see docs\/webhooks\.md/);
  });

  it("opens an endpoint's failed deliveries, loads more by the cursor, closes back to its button", async () => {
    const fake = client();
    render(<WebhooksSection client={fake} />);
    const open = await screen.findByRole("button", {
      name: "https://crm.example.com/goalpost: show the 3 failed deliveries",
    });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(open);
    const panel = await screen.findByRole("region", {
      name: "Failed deliveries to https://crm.example.com/goalpost",
    });
    await waitFor(() => expect(document.activeElement?.id).toBe("deliveries-heading"));
    expect(open.getAttribute("aria-expanded")).toBe("true");
    expect(open.getAttribute("aria-controls")).toBe(panel.id);
    await within(panel).findByText("2 failed deliveries shown, more to load.");
    const table = within(panel).getByRole("table", {
      name: "Failed deliveries to https://crm.example.com/goalpost",
    });
    expect(cells(rowsOf(table)[0] as HTMLElement)).toEqual([
      "goal.missed",
      "evt_3",
      "globex",
      "12",
      "Dec 3, 2026, 9:30 AM UTC",
      "HTTP 500",
      '{"error":"database is down"}',
    ]);
    expect(fake.asked).toEqual([{ id: "whe_crm", query: { status: "failed", limit: 20 } }]);

    fireEvent.click(within(panel).getByRole("button", { name: "More failed deliveries" }));
    await within(panel).findByText("3 failed deliveries shown.");
    expect(fake.asked[1]).toEqual({
      id: "whe_crm",
      query: { status: "failed", limit: 20, cursor: "c2" },
    });
    const last = rowsOf(table)[2] as HTMLElement;
    expect(cells(last).slice(0, 2)).toEqual(["goal.achieved", "evt_1"]);
    expect(cells(last).slice(5)).toEqual(["connect ECONNREFUSED 203.0.113.7:443", "—"]);
    // No more pages: the button goes, and the keyboard stays with the table.
    expect(within(panel).queryByRole("button", { name: "More failed deliveries" })).toBeNull();
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Deliveries table");

    fireEvent.click(within(panel).getByRole("button", { name: "Close the failed deliveries" }));
    expect(screen.queryByRole("region", { name: /^Failed deliveries to/ })).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(open.getAttribute("aria-expanded")).toBe("false");
  });

  it("opens what is still retried: attempts, the next one, what the receiver said", async () => {
    const fake = client();
    render(<WebhooksSection client={fake} />);
    fireEvent.click(
      await screen.findByRole("button", {
        name: "https://crm.example.com/goalpost: show the 2 pending deliveries",
      }),
    );
    const panel = await screen.findByRole("region", {
      name: "Pending deliveries to https://crm.example.com/goalpost",
    });
    await within(panel).findByText("2 pending deliveries shown.");
    const [retried, waiting] = rowsOf(within(panel).getByRole("table")) as [
      HTMLElement,
      HTMLElement,
    ];
    expect(cells(retried).slice(3)).toEqual([
      "3, next Dec 3, 2026, 10:00 AM UTC",
      "Dec 3, 2026, 9:30 AM UTC",
      "HTTP 503",
      "Service Unavailable",
    ]);
    expect(cells(waiting).slice(3)).toEqual(["0", "Not tried yet", "—", "—"]);
    within(panel).getByText(/tries each again by itself, for a day after its event/);
    expect(fake.asked).toEqual([{ id: "whe_crm", query: { status: "pending", limit: 20 } }]);
    // The failed ones replace them: one list open at a time.
    fireEvent.click(screen.getByRole("button", { name: /show the 3 failed deliveries/ }));
    await screen.findByRole("region", { name: /^Failed deliveries to/ });
    expect(screen.queryByRole("region", { name: /^Pending deliveries to/ })).toBeNull();
  });

  it("says when there is no endpoint yet, and where to read how to make one", async () => {
    render(<WebhooksSection client={client({ webhookEndpoints: async () => ({ items: [] }) })} />);
    await screen.findByText("No webhook endpoints yet.");
    expect(screen.queryByRole("table")).toBeNull();
    screen.getByText(/see docs\/webhooks\.md/);
  });

  it("says a failed read plainly: the list, or an endpoint's deliveries", async () => {
    const { unmount } = render(
      <WebhooksSection
        client={client({
          webhookEndpoints: async () => {
            throw new ConsoleError(403, "a console token may not read this");
          },
        })}
      />,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This link may not read the console.");
    unmount();

    render(
      <WebhooksSection
        client={client({
          webhookDeliveries: async () => {
            throw new ConsoleError(0, "the Goalpost API did not answer");
          },
        })}
      />,
    );
    fireEvent.click(await screen.findByRole("button", { name: /show the 3 failed deliveries/ }));
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "The failed deliveries could not be loaded: the Goalpost API did not answer.",
      ),
    );
  });
});
