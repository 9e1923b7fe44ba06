// Correcting and deleting one's own entries on a metric's log screen: the correction form in
// place of the entry, the question before an implausible value, Escape and Cancel, the draft kept
// across Close, the confirmation before a deletion, focus and announcements, offline, and the
// entries that are not the user's to change.
import type { Goalpost } from "@goalpost/core";
import { signDemoToken } from "@goalpost/mock-backend";
import { signal } from "@preact/signals";
import { act, cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startUser } from "../../test/startDemoUser.ts";
import { App } from "../App.tsx";
import { HistoryList } from "../home/HistoryList.tsx";
import { Screens } from "../Screens.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const stored = (agreementId: string) =>
  backend.state.measurements.filter((m) => m.agreementId === agreementId && !m.deletedAt);

/** A fresh SDR with meetings booked agreed (baseline 4), a goal of 7, and these entries logged. */
async function meetings(goalpost: Goalpost, ...values: number[]) {
  const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
  await goalpost.setGoal({ agreementId: agreement.id, target: 7 });
  for (const value of values) await goalpost.logProgress({ agreementId: agreement.id, value });
  await waitFor(() => expect(goalpost.pending.value).toBe(0));
  return agreement.id;
}

type View = ReturnType<typeof renderWidget>;

/** The list item of the entry whose value is written as `value` ("6 meetings"). */
const row = (view: View, value: string) =>
  within(
    view.getAllByRole("listitem").find((li: HTMLElement) => li.textContent?.startsWith(value)) ??
      view.getByText(`no entry of ${value}`),
  );

const focused = () => document.activeElement;

describe("correcting an entry", () => {
  it("corrects the value and note in place; a goal it had reached opens again; focus and announcement follow", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5, 7); // 7 reached the target of 7
    expect(goalpost.agreements.value[0]?.stage).toBe("achieved");
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });

    const entry = row(view, "7 meetings");
    entry.getByText(/entered by you/);
    fireEvent.click(entry.getByRole("button", { name: "Edit" }));
    const form = within(view.getByRole("group", { name: /^Correct 7 meetings, / }));
    const field = form.getByLabelText("Meetings booked per week") as HTMLInputElement;
    expect(field.value).toBe("7");
    await waitFor(() => expect(focused()).toBe(field));
    fireEvent.input(field, { target: { value: "6" } });
    fireEvent.input(form.getByLabelText("Note (optional)"), { target: { value: "Miscounted" } });
    fireEvent.click(view.getByRole("button", { name: "Save correction" }));

    await waitFor(() =>
      expect(view.announcements).toEqual([
        "Entry corrected. Your goal for Meetings booked per week is in progress again.",
      ]),
    );
    expect(goalpost.agreements.value[0]?.stage).toBe("on-track");
    const corrected = row(view, "6 meetings");
    corrected.getByText("Miscounted");
    expect(focused()).toBe(corrected.getByRole("button", { name: "Edit" }));
    await waitFor(() =>
      expect(stored(agreementId).map((m) => [m.value, m.note ?? ""])).toEqual([
        [5, ""],
        [6, "Miscounted"],
      ]),
    );
    await waitFor(() => expect(goalpost.goals.value[0]?.status).toBe("active")); // confirmed
    expect(view.environment.ui.drafts.get(`entry:${stored(agreementId)[1]?.id}`)).toBeUndefined();
  });

  it("asks once before an implausible correction, as logging does", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5, 6);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    fireEvent.click(row(view, "5 meetings").getByRole("button", { name: "Edit" }));
    const field = within(view.getByRole("group", { name: /^Correct 5 meetings/ })).getByLabelText(
      "Meetings booked per week",
    );
    fireEvent.input(field, { target: { value: "1000" } });
    fireEvent.click(view.getByRole("button", { name: "Save correction" }));

    const question = await view.findByRole("group", { name: "6 meetings → 1,000 meetings?" });
    const anyway = within(question).getByRole("button", { name: "Save anyway" });
    await waitFor(() => expect(focused()).toBe(anyway));
    expect(stored(agreementId).map((m) => m.value)).toEqual([5, 6]);
    fireEvent.click(anyway);
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([1000, 6]));
  });

  it("refuses a value the metric cannot take, by its field, losing nothing", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    fireEvent.click(row(view, "5 meetings").getByRole("button", { name: "Edit" }));
    const form = within(view.getByRole("group", { name: /^Correct 5 meetings/ }));
    const field = form.getByLabelText("Meetings booked per week") as HTMLInputElement;
    fireEvent.input(field, { target: { value: "-3" } });
    fireEvent.click(view.getByRole("button", { name: "Save correction" }));
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    await waitFor(() => expect(focused()).toBe(field));
    expect(field.value).toBe("-3");
    expect(stored(agreementId).map((m) => m.value)).toEqual([5]);
  });

  it("leaves the entry as it was on Escape or Cancel, without closing the panel", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5);
    const view = renderWidget(goalpost, <App mode="launcher" />, { name: "log", agreementId });
    const panel = within(view.getByRole("dialog", { hidden: true }));
    await panel.findByRole("heading", { level: 3, name: /^Log progress/ });

    fireEvent.click(row(view, "5 meetings").getByRole("button", { name: "Edit" }));
    const field = within(panel.getByRole("group", { name: /^Correct 5 meetings/ })).getByRole(
      "textbox",
      { name: /^Meetings booked per week/ },
    );
    fireEvent.input(field, { target: { value: "50" } });
    fireEvent.keyDown(field, { key: "Escape" });
    expect(view.environment.ui.open.value).toBe(true); // Escape left the correction, not the panel
    expect(view.queryByRole("button", { name: "Save correction" })).toBeNull();
    const edit = row(view, "5 meetings").getByRole("button", { name: "Edit" });
    await waitFor(() => expect(focused()).toBe(edit));

    fireEvent.click(edit);
    const reopened = within(panel.getByRole("group", { name: /^Correct 5 meetings/ }));
    expect((reopened.getByRole("textbox", { name: /^Meetings/ }) as HTMLInputElement).value).toBe(
      "5", // opened afresh: the Escaped text is forgotten
    );
    fireEvent.click(panel.getByRole("button", { name: "Cancel" }));
    await waitFor(() =>
      expect(focused()).toBe(row(view, "5 meetings").getByRole("button", { name: "Edit" })),
    );
    expect(stored(agreementId).map((m) => m.value)).toEqual([5]);
    expect(view.announcements).toEqual([]);
  });

  it("keeps an open correction, as typed, across Close and reopening", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5);
    const view = renderWidget(goalpost, <App mode="launcher" />, { name: "log", agreementId });
    const panel = () => within(view.getByRole("dialog", { hidden: true }));
    await panel().findByRole("heading", { level: 3, name: /^Log progress/ });
    fireEvent.click(row(view, "5 meetings").getByRole("button", { name: "Edit" }));
    const form = within(view.getByRole("group", { name: /^Correct 5 meetings/ }));
    fireEvent.input(form.getByLabelText("Meetings booked per week"), { target: { value: "8" } });
    fireEvent.input(form.getByLabelText("Note (optional)"), { target: { value: "Two late" } });

    fireEvent.click(panel().getByRole("button", { name: "Close" }));
    await act(() => {
      view.environment.ui.open.value = true;
    });
    const again = within(await view.findByRole("group", { name: /^Correct 5 meetings/ }));
    expect((again.getByLabelText("Meetings booked per week") as HTMLInputElement).value).toBe("8");
    expect((again.getByLabelText("Note (optional)") as HTMLTextAreaElement).value).toBe("Two late");
  });

  it("shows a correction made offline as waiting, and says so", async () => {
    const online = signal(true);
    const acc = `w-correct-offline-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const agreementId = await meetings(goalpost, 5);
    backend.setScenario({ offline: true });
    online.value = false;
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    fireEvent.click(row(view, "5 meetings").getByRole("button", { name: "Edit" }));
    const form = within(view.getByRole("group", { name: /^Correct 5 meetings/ }));
    fireEvent.input(form.getByRole("textbox", { name: /^Meetings booked per week/ }), {
      target: { value: "3" },
    });
    // The announcement waits a moment for the send: that moment passes on a fake clock.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    fireEvent.click(view.getByRole("button", { name: "Save correction" }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(view.announcements).toEqual(["Entry corrected — waiting to send (1)"]);
    vi.useRealTimers();
    row(view, "3 meetings").getByText(/waiting to send/);
    expect(stored(agreementId).map((m) => m.value)).toEqual([5]);
    backend.setScenario({ offline: false });
    online.value = true;
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([3]));
    await waitFor(() => expect(row(view, "3 meetings").queryByText(/waiting to send/)).toBeNull());
  });
});

describe("deleting an entry", () => {
  it("asks first; Keep it and Escape back out; Delete entry removes it, says so and keeps the place", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5, 7);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    const entry = row(view, "5 meetings");

    fireEvent.click(entry.getByRole("button", { name: "Delete" }));
    const question = within(entry.getByRole("group", { name: /^Delete 5 meetings, / }));
    const confirm = question.getByRole("button", { name: "Delete entry" });
    await waitFor(() => expect(focused()).toBe(confirm));
    fireEvent.click(question.getByRole("button", { name: "Keep it" }));
    await waitFor(() => expect(focused()).toBe(entry.getByRole("button", { name: "Delete" })));

    fireEvent.click(entry.getByRole("button", { name: "Delete" }));
    fireEvent.keyDown(entry.getByRole("button", { name: "Delete entry" }), { key: "Escape" });
    await waitFor(() => expect(focused()).toBe(entry.getByRole("button", { name: "Delete" })));
    expect(stored(agreementId)).toHaveLength(2);

    fireEvent.click(entry.getByRole("button", { name: "Delete" }));
    fireEvent.click(entry.getByRole("button", { name: "Delete entry" }));
    await waitFor(() => expect(view.announcements).toEqual(["Entry deleted"]));
    expect(view.queryByText(/^5 meetings/)).toBeNull();
    const summary = view.getByText("All entries (1)");
    await waitFor(() => expect(focused()).toBe(summary));
    await waitFor(() => expect(stored(agreementId).map((m) => m.value)).toEqual([7]));
  });

  it("says when deleting it reopened a goal it had reached", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5, 7);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId });
    const entry = row(view, "7 meetings");
    fireEvent.click(entry.getByRole("button", { name: "Delete" }));
    fireEvent.click(entry.getByRole("button", { name: "Delete entry" }));
    await waitFor(() =>
      expect(view.announcements).toEqual([
        "Entry deleted. Your goal for Meetings booked per week is in progress again.",
      ]),
    );
  });
});

describe("entries that are not the user's to change", () => {
  it("has no Edit or Delete for the product's data, and says who produced it", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("icp-fit-rate", { baseline: 34 });
    await goalpost.record("icp-fit-rate", 41);
    await waitFor(() => expect(goalpost.pending.value).toBe(0));
    const view = goalpost.agreements.value.find((v) => v.agreement.id === agreement.id);
    if (!view) throw new Error("no view");
    const list = renderWidget(goalpost, <HistoryList view={view} editable />);
    const entry = row(list, "41%");
    entry.getByText(/recorded by /);
    expect(entry.queryByRole("button")).toBeNull();
  });

  it("has no Edit or Delete for a colleague's entry, and says it is theirs", async () => {
    const acc = `w-team-${Date.now()}`;
    const first = await startUser({ sub: `${acc}-ana`, acc, role: "sdr" });
    const agreementId = await meetings(first, 5);
    const token = await signDemoToken({ sub: `${acc}-ben`, acc, role: "sdr" });
    await first.identify(token); // Ben, of the same account and role, sees the same agreement
    await waitFor(() => expect(first.user.value?.id).toBe(`${acc}-ben`));
    await first.logProgress({ agreementId, value: 6 });
    const view = renderWidget(first, <Screens />, { name: "log", agreementId });
    const colleague = row(view, "5 meetings");
    colleague.getByText(/entered by a colleague/);
    expect(colleague.queryByRole("button")).toBeNull();
    row(view, "6 meetings").getByRole("button", { name: "Edit" });
  });
});

describe("the entries on home", () => {
  it("offer the way to correct them, on the metric's log screen", async () => {
    const goalpost = await startSdk("sdr");
    const agreementId = await meetings(goalpost, 5, 7); // reached: the card offers no logging
    const view = renderWidget(goalpost, <Screens />);
    const card = within(view.getByRole("article", { name: "Meetings booked per week" }));
    expect(card.queryByRole("button", { name: "Log progress" })).toBeNull();
    card.getByText("Goal reached!");
    expect(card.queryByRole("button", { name: "Edit" })).toBeNull(); // not here
    fireEvent.click(card.getByRole("button", { name: "Correct an entry" }));
    expect(view.environment.ui.screen.value).toEqual({ name: "log", agreementId });
  });
});
