import type { Goalpost } from "@goalpost/core";
import { signal } from "@preact/signals";
import { act, cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser, startUser } from "../../test/startDemoUser.ts";
import { Screens } from "../Screens.tsx";
import { StatusBar } from "../StatusBar.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const stored = (agreementId: string) =>
  backend.state.measurements.filter((m) => m.agreementId === agreementId);
const idOf = (goalpost: Goalpost, metricId: string) =>
  goalpost.agreements.value.find((v) => v.metric.id === metricId)?.agreement.id ?? "";

/** A fresh SDR with meetings booked agreed (baseline 4) and a goal of `target`. */
async function meetingsGoal(goalpost: Goalpost, target = 7) {
  const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
  await goalpost.setGoal({ agreementId: agreement.id, target });
  return agreement.id;
}

describe("LogScreen", () => {
  it("logs a self-reported number with its unit and a note, then goes home", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    view.getByRole("heading", { level: 3, name: "Log progress: Meetings booked per week" });
    const input = view.getByLabelText("Meetings booked per week");
    expect(input.parentElement?.textContent).toContain("meetings");
    const note = view.getByLabelText("Note (optional)");
    expect(note.getAttribute("maxlength")).toBe("1000");

    fireEvent.input(input, { target: { value: "5" } });
    fireEvent.input(note, { target: { value: "Two from the webinar" } });
    const save = view.getByRole("button", { name: "Save" });
    fireEvent.click(save);
    fireEvent.click(save); // a double submit sends once

    const home = await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() => expect(document.activeElement).toBe(home)); // Save is gone: focus moves on
    await waitFor(() => expect(view.announcements).toEqual(["Saved"]));
    expect(stored(agreementId)).toMatchObject([
      { value: 5, note: "Two from the webinar", source: "self" },
    ]);
  });

  it("asks once before saving an implausible entry; a second Save keeps it", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost); // baseline 4, target 7
    await goalpost.logProgress({ agreementId, value: 6 });
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([6]));
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    const input = view.getByLabelText("Meetings booked per week");
    fireEvent.input(input, { target: { value: "1000" } });
    const save = view.getByRole("button", { name: "Save" });
    fireEvent.click(save);

    const question = await view.findByRole("group", { name: "6 meetings → 1,000 meetings?" });
    within(question).getByText("That's more than this metric usually reaches: up to 40 meetings.");
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(question).getByRole("button", { name: "Save anyway" }),
      ),
    );
    expect(view.announcements).toEqual([
      "Is 1,000 meetings right? The last value was 6 meetings. That's more than this metric usually reaches: up to 40 meetings. Save again to keep it.",
    ]);
    expect(stored(agreementId).map((m) => m.value)).toEqual([6]);
    // The question sits below Save: a second click where Save was lands on Save.
    expect(save.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.input(input, { target: { value: "70" } }); // typed over: that one is asked anew
    // (the entries' list is a group too: a disclosure)
    await waitFor(() => expect(view.queryByRole("group", { name: /→/ })).toBeNull());
    fireEvent.click(save);
    await view.findByRole("group", { name: "6 meetings → 70 meetings?" });
    fireEvent.click(save);
    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([6, 70]));
  });

  it("asks by the history where the catalog declares no range: ten times what was seen", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    goalpost.metrics.value.forEach((m) => {
      delete (m as { plausible?: unknown }).plausible; // as a catalog without ranges
    });
    fireEvent.input(view.getByLabelText("Meetings booked per week"), { target: { value: "70" } });
    fireEvent.click(view.getByRole("button", { name: "Save" }));
    const question = await view.findByRole("group", { name: "4 meetings → 70 meetings?" });
    within(question).getByText(
      "That's ten times or more anything this metric has had so far, your target included.",
    );
    fireEvent.click(within(question).getByRole("button", { name: "Save anyway" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([70]));
  });

  it("shows what is wrong next to the field and announces it", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    const input = view.getByLabelText("Meetings booked per week");
    const describedBy = () =>
      (input.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id: string) => document.getElementById(id)?.textContent);

    fireEvent.click(view.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(describedBy()).toContain("Enter a number."));
    await waitFor(() => expect(document.activeElement).toBe(input)); // focus goes to the field
    fireEvent.input(input, { target: { value: "-3" } });
    fireEvent.click(view.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(input.getAttribute("aria-invalid")).toBe("true"));
    const problem = describedBy().at(-1) ?? "";
    expect(problem).toBe("Must be 0 or more.");
    expect(view.announcements).toEqual(["Enter a number.", problem]);
    expect(goalpost.error.value).toBeUndefined(); // shown by the field, not twice
    expect(stored(agreementId)).toEqual([]);

    fireEvent.click(view.getByRole("button", { name: "Back" }));
    const home = await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() => expect(document.activeElement).toBe(home));
  });

  it("assesses a scale metric on its radio group, at the end of a period already started", async () => {
    const goalpost = await startDemoUser("sam.okafor");
    const agreementId = idOf(goalpost, "outreach-confidence");
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    const scale = within(view.getByRole("radiogroup", { name: "Where are you now?" }));
    expect(scale.getAllByRole("radio")).toHaveLength(5);
    const phase = within(view.getByRole("group", { name: "This assessment is for the" }));
    expect(phase.getByRole("radio", { name: "end of the period" })).toHaveProperty("checked", true);
    expect(phase.getByRole("radio", { name: "start of the period" })).toHaveProperty(
      "checked",
      false,
    );

    fireEvent.click(view.getByRole("button", { name: "Save" }));
    await view.findByText("Pick a point on the scale.");
    fireEvent.click(scale.getByRole("radio", { name: /I tailor every opener/ }));
    fireEvent.click(view.getByRole("button", { name: "Save" }));

    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() =>
      expect(
        stored(agreementId)
          .filter((m) => m.userId === "sam.okafor")
          .at(-1),
      ).toMatchObject({
        value: 4,
        phase: "end",
        source: "scale",
      }),
    );
  });

  it("starts a new scale period with a start assessment", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("outreach-confidence", { baseline: 2 });
    await goalpost.setGoal({ agreementId: agreement.id, target: 3 });
    const view = renderWidget(goalpost, <Screens />, {
      name: "log",
      agreementId: agreement.id,
    });
    const start = view.getByRole("radio", { name: "start of the period" });
    expect(start).toHaveProperty("checked", true);
    fireEvent.click(view.getByRole("radio", { name: /I am comfortable with a prepared script/ }));
    fireEvent.click(view.getByRole("button", { name: "Save" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() =>
      expect(stored(agreement.id)).toMatchObject([{ value: 3, phase: "start", source: "scale" }]),
    );
  });

  it("shows app and integration values read-only, with their source", async () => {
    const sam = await startDemoUser("sam.okafor");
    const contacts = sam.agreements.value.find((v) => v.metric.id === "qualified-contacts");
    const view = renderWidget(sam, <Screens />, {
      name: "log",
      agreementId: contacts?.agreement.id ?? "",
    });
    view.getByRole("heading", { level: 3, name: "Latest values: Qualified contacts per week" });
    view.getByText(/arrive automatically from Beacon lead inbox; there is nothing to enter/);
    expect(view.queryByRole("textbox")).toBeNull();
    expect(view.queryByRole("button", { name: "Save" })).toBeNull();
    const latest = contacts?.history[0];
    const items = view.getAllByRole("listitem").map((li: HTMLElement) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(
      new RegExp(
        `^${latest?.value} contacts, recorded by Beacon lead inbox (\\d+ days ago|yesterday|today)$`,
      ),
    );
    cleanup();

    const priya = await startDemoUser("priya.raman");
    const revenue = renderWidget(priya, <Screens />, {
      name: "log",
      agreementId: idOf(priya, "web-revenue"),
    });
    expect(revenue.getAllByRole("listitem")[0]?.textContent).toMatch(
      /^\$[\d,]+, synced from Salesforce opportunities \(closed won\) /,
    );
  });

  it("saves offline, shows what waits, and delivers it exactly once when back online", async () => {
    const online = signal(true);
    const acc = `w-offline-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const agreementId = await meetingsGoal(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    backend.setScenario({ offline: true });
    online.value = false;

    fireEvent.input(view.getByLabelText("Meetings booked per week"), { target: { value: "6" } });
    fireEvent.click(view.getByRole("button", { name: "Save" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });
    await waitFor(() => expect(view.announcements).toEqual(["Saved — waiting to send (1)"]), {
      timeout: 2000,
    });
    expect(goalpost.pending.value).toBe(1);
    view.getAllByText(/waiting to send/);
    expect(stored(agreementId)).toEqual([]);

    backend.setScenario({ offline: false });
    online.value = true;
    await waitFor(() => expect(goalpost.pending.value).toBe(0));
    // Sent once: nothing is left in the outbox to send again, and the server holds one entry.
    expect(stored(agreementId)).toMatchObject([{ value: 6, source: "self" }]);
    await waitFor(() => expect(view.queryAllByText(/waiting to send/)).toEqual([]));
  });

  it("celebrates when the entry reaches the target, and says so", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost, 6);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    fireEvent.input(view.getByLabelText("Meetings booked per week"), { target: { value: "6" } });
    fireEvent.click(view.getByRole("button", { name: "Save" }));

    await view.findByText("Goal reached!");
    view.getByRole("button", { name: "Set your next goal" });
    await waitFor(() =>
      expect(view.announcements).toEqual(["Saved. Goal reached for Meetings booked per week!"]),
    );
  });

  it("does not say Saved for an entry the server refuses, and says which entry it was", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetingsGoal(goalpost);
    const view = renderWidget(
      goalpost,
      <>
        <StatusBar />
        <Screens />
      </>,
      { name: "log", agreementId },
    );
    // Retired in another tab meanwhile: the server refuses measurements for it (409).
    const onServer = backend.state.agreements.find((a) => a.id === agreementId);
    if (onServer) onServer.status = "retired";
    fireEvent.input(view.getByLabelText("Meetings booked per week"), { target: { value: "5" } });
    fireEvent.click(view.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(goalpost.rejected.value).toHaveLength(1), { timeout: 3000 });
    const alert = await view.findByText(/^The server refused an entry/);
    expect(alert.textContent).toMatch(
      /^The server refused an entry \(Meetings booked per week: 5 meetings\): ./,
    );
    // The save decides what to say once nothing waits to be sent (whenSent), in a microtask
    // after the refusal; a task later it has decided.
    expect(goalpost.pending.value).toBe(0);
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    expect(view.announcements.filter((a) => a.startsWith("Saved"))).toEqual([]);
    expect(stored(agreementId)).toEqual([]);
  });
});
