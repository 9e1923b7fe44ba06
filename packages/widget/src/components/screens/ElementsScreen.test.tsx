import type { Goalpost } from "@goalpost/core";
import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser } from "../../test/startDemoUser.ts";
import { ElementsScreen } from "./ElementsScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const viewOf = (goalpost: Goalpost, metricId: string) => {
  const found = goalpost.agreements.value.find((v) => v.metric.id === metricId);
  if (!found) throw new Error(`no ${metricId}`);
  return found;
};

describe("ElementsScreen", () => {
  it("lists the goal's elements first, opens links and in-app actions", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const { agreement } = viewOf(goalpost, "meetings-booked");
    const view = renderWidget(goalpost, <ElementsScreen agreementId={agreement.id} />, {
      name: "elements",
      agreementId: agreement.id,
    });
    view.getByRole("heading", { level: 3, name: "Your plan: Meetings booked per week" });
    const chosen = within(view.getByRole("region", { name: "Chosen for your goal" }));
    const more = within(view.getByRole("region", { name: "Also available for this metric" }));
    expect(chosen.getAllByRole("article").map((a) => a.querySelector("h5")?.textContent)).toEqual([
      "Visitor alerts",
      "Open with what they read",
    ]);
    expect(more.getAllByRole("article")).toHaveLength(1);
    expect(more.queryByRole("button", { name: "Mark as done" })).toBeNull();

    const guide = within(chosen.getByRole("article", { name: "Open with what they read" }));
    guide.getByText("Guide");
    const link = guide.getByRole("link", { name: "Open (new tab)" });
    expect(link.getAttribute("href")).toBe("https://beacon.example.com/guides/opener-from-visits");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");

    const alerts = within(chosen.getByRole("article", { name: "Visitor alerts" }));
    alerts.getByText("Feature");
    alerts.getByText(/Slack or email alert/);
    fireEvent.click(alerts.getByRole("button", { name: "Open in the app" }));
    expect(view.actions).toEqual([
      { action: "open-visitor-alerts", valueElementId: "visitor-alerts" },
    ]);
  });

  it("marks a chosen element done on the server, shows it, and can undo it", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const { agreement, goal } = viewOf(goalpost, "meetings-booked");
    const view = renderWidget(goalpost, <ElementsScreen agreementId={agreement.id} />, {
      name: "elements",
      agreementId: agreement.id,
    });
    const serverGoal = () => backend.state.goals.find((g) => g.id === goal?.id);
    const alerts = within(view.getByRole("article", { name: "Visitor alerts" }));

    fireEvent.click(alerts.getByRole("button", { name: "Mark as done" }));
    await waitFor(() => expect(serverGoal()?.doneValueElementIds).toEqual(["visitor-alerts"]));
    alerts.getByText("✓ Done");
    await waitFor(() => expect(view.announcements).toEqual(["Visitor alerts marked as done"]));
    const guide = within(view.getByRole("article", { name: "Open with what they read" }));
    expect(guide.queryByText("✓ Done")).toBeNull();

    fireEvent.click(alerts.getByRole("button", { name: "Mark as not done" }));
    await waitFor(() => expect(serverGoal()?.doneValueElementIds).toEqual([]));
    await alerts.findByRole("button", { name: "Mark as done" });
    expect(alerts.queryByText("✓ Done")).toBeNull();
    expect(view.announcements.at(-1)).toBe("Visitor alerts marked as not done");
  });

  it("says what failed when marking fails, in the user's words, and keeps the state as it was", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const { agreement } = viewOf(goalpost, "meetings-booked");
    const view = renderWidget(goalpost, <ElementsScreen agreementId={agreement.id} />, {
      name: "elements",
      agreementId: agreement.id,
    });
    const doneBefore = view.queryAllByText("✓ Done").length;
    backend.setScenario({ failureRate: 1 });
    fireEvent.click(view.getAllByRole("button", { name: "Mark as done" })[0] as HTMLElement);
    // In the user's words, as an alert: no method, URL or goal id.
    const alert = await view.findByRole("alert");
    expect(alert.textContent).toBe("Goalpost had a problem on its side. Try again in a moment.");
    expect(view.queryAllByText("✓ Done")).toHaveLength(doneBefore);

    backend.setScenario({ failureRate: 0, offline: true });
    fireEvent.click(view.getAllByRole("button", { name: "Mark as done" })[0] as HTMLElement);
    await waitFor(() =>
      expect(view.getByRole("alert").textContent).toBe(
        "Couldn't reach Goalpost. Check your connection, then try again.",
      ),
    );
    expect(view.queryAllByText("✓ Done")).toHaveLength(doneBefore);
  });

  it("offers the metric's elements without marking when no goal is active", async () => {
    const goalpost = await startDemoUser("marcus.lee");
    const { agreement } = viewOf(goalpost, "meetings-booked");
    const view = renderWidget(goalpost, <ElementsScreen agreementId={agreement.id} />, {
      name: "elements",
      agreementId: agreement.id,
    });
    view.getByText("Set a goal to choose what you will use and mark it done.");
    expect(view.queryByRole("region", { name: "Chosen for your goal" })).toBeNull();
    expect(view.getAllByRole("article").length).toBeGreaterThan(0);
    expect(view.queryByRole("button", { name: /Mark as/ })).toBeNull();
    fireEvent.click(view.getByRole("button", { name: "Back" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "home" });
  });

  it("shows the plan, marks an action done on the server, and stops the goal after asking", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const goal = await goalpost.setGoal({
      agreementId: agreement.id,
      target: 6,
      changes: "Call every pricing-page visitor within the hour",
      actions: [
        { title: "Turn on visitor alerts", owner: "customer" },
        { title: "Review my call script", owner: "vendor" },
      ],
    });
    const view = renderWidget(goalpost, <ElementsScreen agreementId={agreement.id} />, {
      name: "elements",
      agreementId: agreement.id,
    });
    const plan = within(view.getByRole("region", { name: "Changes and actions" }));
    plan.getByText("Call every pricing-page visitor within the hour");
    plan.getByText("What will change in your work");
    const vendorAction = plan.getByText("Review my call script").parentElement;
    expect(vendorAction?.textContent).toBe("Review my call scriptOur team");
    // The vendor team's action is theirs to mark done: the customer only sees that it is.
    expect(vendorAction?.parentElement?.textContent).toContain(
      "Our team marks this done when it is.",
    );
    const serverGoal = () => backend.state.goals.find((g) => g.id === goal.id);
    const marks = plan.getAllByRole("button", { name: "Mark as done" });
    expect(marks).toHaveLength(1);
    const [first] = marks;
    expect(first?.getAttribute("aria-describedby")).toBeTruthy();
    fireEvent.click(first as HTMLElement);
    await waitFor(() =>
      expect(serverGoal()?.actions.map((a) => [a.title, a.done])).toEqual([
        ["Turn on visitor alerts", true],
        ["Review my call script", false],
      ]),
    );
    plan.getByText("✓ Done");
    await waitFor(() =>
      expect(view.announcements).toEqual(["Turn on visitor alerts marked as done"]),
    );

    const stopButton = view.getByRole("button", { name: "Stop this goal" });
    fireEvent.click(stopButton);
    const yes = view.getByRole("button", { name: "Stop the goal" });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    view.getByText(/It closes without reaching its target/);
    fireEvent.click(view.getByRole("button", { name: "Keep it" }));
    expect(serverGoal()?.status).toBe("active");
    fireEvent.click(view.getByRole("button", { name: "Stop this goal" }));
    fireEvent.click(view.getByRole("button", { name: "Stop the goal" }));
    await waitFor(() => expect(serverGoal()?.status).toBe("abandoned"));
    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    expect(view.announcements.at(-1)).toBe("Goal stopped");
  });
});
