// The baseline and the maturity level, changed later from the metric's log screen: each opens in
// place, keeps its date (the baseline) or sizes the next goals (the level), is announced, gives
// focus back to the button that opened it, cancels on Escape and is kept as a draft while open.
import type { Goalpost } from "@goalpost/core";
import { signal } from "@preact/signals";
import { act, cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { startUser } from "../../test/startDemoUser.ts";
import { App } from "../App.tsx";
import { Screens } from "../Screens.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const storedAgreement = (id: string) => backend.state.agreements.find((a) => a.id === id);
const focused = () => document.activeElement;

/** Meetings booked agreed at level 1 with a baseline of 4, a goal of 7 and an entry of 5. */
async function meetings(goalpost: Goalpost) {
  const agreement = await goalpost.agreeMetric("meetings-booked", {
    baseline: 4,
    maturityLevel: 1,
  });
  await goalpost.setGoal({ agreementId: agreement.id, target: 7 });
  await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
  await waitFor(() => expect(goalpost.pending.value).toBe(0));
  return agreement;
}

const section = (view: ReturnType<typeof renderWidget>) =>
  within(view.getByRole("region", { name: "Baseline and level" }));

describe("changing the baseline", () => {
  it("corrects it in place, keeping its date; announced, and focus back on Change baseline", async () => {
    const goalpost = await startSdk("sdr");
    const { id, baseline } = await meetings(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId: id });
    const changes = section(view);
    changes.getByText(/^Baseline: 4 meetings, /);
    const toggle = changes.getByRole("button", { name: "Change baseline" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const field = changes.getByLabelText("Baseline meetings") as HTMLInputElement;
    expect(field.value).toBe("4");
    await waitFor(() => expect(focused()).toBe(field));
    fireEvent.input(field, { target: { value: "3" } });
    fireEvent.click(changes.getByRole("button", { name: "Save baseline" }));

    await waitFor(() => expect(view.announcements).toEqual(["Baseline changed"]));
    await waitFor(() => expect(focused()).toBe(toggle));
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    changes.getByText(/^Baseline: 3 meetings, /);
    const saved = storedAgreement(id)?.baseline;
    expect(saved?.value).toBe(3);
    expect(Date.parse(saved?.at ?? "")).toBe(Date.parse(baseline?.at ?? "")); // its date stays
    expect(goalpost.agreements.value[0]?.gain?.absolute).toBe(2); // 3 → 5, counted from it
  });

  it("asks once about an implausible baseline", async () => {
    const goalpost = await startSdk("sdr");
    const { id } = await meetings(goalpost);
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId: id });
    const changes = section(view);
    fireEvent.click(changes.getByRole("button", { name: "Change baseline" }));
    fireEvent.input(changes.getByLabelText("Baseline meetings"), { target: { value: "400" } });
    fireEvent.click(changes.getByRole("button", { name: "Save baseline" }));
    await changes.findByRole("group", { name: "5 meetings → 400 meetings?" });
    expect(storedAgreement(id)?.baseline?.value).toBe(4);
    fireEvent.click(changes.getByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(storedAgreement(id)?.baseline?.value).toBe(400));
  });

  it("cancels on Escape without closing the panel, and is kept as typed across Close", async () => {
    const goalpost = await startSdk("sdr");
    const { id } = await meetings(goalpost);
    const view = renderWidget(goalpost, <App mode="launcher" />, { name: "log", agreementId: id });
    await view.findByRole("heading", { level: 3, name: /^Log progress/ });
    fireEvent.click(section(view).getByRole("button", { name: "Change baseline" }));
    fireEvent.input(section(view).getByLabelText("Baseline meetings"), { target: { value: "2" } });

    await act(() => {
      view.environment.ui.open.value = false;
    });
    await act(() => {
      view.environment.ui.open.value = true;
    });
    const field = section(view).getByLabelText("Baseline meetings") as HTMLInputElement;
    expect(field.value).toBe("2");

    fireEvent.keyDown(field, { key: "Escape" });
    expect(view.environment.ui.open.value).toBe(true);
    expect(section(view).queryByLabelText("Baseline meetings")).toBeNull();
    await waitFor(() =>
      expect(focused()).toBe(section(view).getByRole("button", { name: "Change baseline" })),
    );
    expect(view.environment.ui.drafts.get(`change-baseline:${id}`)).toBeUndefined();
    expect(storedAgreement(id)?.baseline?.value).toBe(4);
  });

  it("says offline, before anything is typed, that saving needs a connection; a failed save loses nothing", async () => {
    const online = signal(true);
    const acc = `w-baseline-offline-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const { id } = await meetings(goalpost);
    backend.setScenario({ offline: true });
    online.value = false;
    await waitFor(() => expect(goalpost.status.value).toBe("offline"));
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId: id });
    fireEvent.click(section(view).getByRole("button", { name: "Change baseline" }));
    section(view).getByText(/^You're offline\. Saving a change here needs a connection/);
    const field = section(view).getByLabelText("Baseline meetings") as HTMLInputElement;
    fireEvent.input(field, { target: { value: "3" } });
    fireEvent.click(section(view).getByRole("button", { name: "Save baseline" }));
    await section(view).findByText(/^Not saved: you're offline/);
    expect(field.value).toBe("3");
    expect(view.environment.ui.drafts.get(`change-baseline:${id}`)).toEqual({ text: "3" });
  });
});

describe("changing the level", () => {
  it("chooses another level in place; announced, focus back on Change level, the next goal sized by it", async () => {
    const goalpost = await startSdk("sdr");
    const { id } = await meetings(goalpost);
    const levels = goalpost.role.value?.maturity ?? [];
    const [first, , third] = levels;
    if (!first || !third) throw new Error("the SDR role has fewer than three levels");
    const view = renderWidget(goalpost, <Screens />, { name: "log", agreementId: id });
    const changes = section(view);
    changes.getByText(`Level: ${first.name}`);
    const toggle = changes.getByRole("button", { name: "Change level" });
    fireEvent.click(toggle);
    const chosen = changes.getByRole("radio", { name: new RegExp(`^${first.name}`) });
    expect((chosen as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(focused()).toBe(chosen));
    fireEvent.click(changes.getByRole("radio", { name: new RegExp(`^${third.name}`) }));
    fireEvent.click(changes.getByRole("button", { name: "Save level" }));

    await waitFor(() => expect(view.announcements).toEqual(["Level changed"]));
    await waitFor(() => expect(focused()).toBe(toggle));
    changes.getByText(`Level: ${third.name}`);
    expect(storedAgreement(id)?.maturityLevel).toBe(third.level);
    expect(changes.queryByRole("radio")).toBeNull();
  });
});
