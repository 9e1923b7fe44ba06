import { memoryStorage } from "@goalpost/core";
import { signal } from "@preact/signals";
import { act, cleanup, waitFor } from "@testing-library/preact";
import { createRef } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { startUser } from "../test/startDemoUser.ts";
import { Launcher } from "./Launcher.tsx";
import { HomeScreen } from "./screens/HomeScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

const launcher = () => <Launcher buttonRef={createRef()} />;
/** Lets the widget's storage reads and writes (promises) settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve)));

/** A fresh SDR with meetings agreed but no baseline, and contacts (app data) aiming at 47. */
async function sdrWithSetupLeft() {
  const goalpost = await startSdk("sdr");
  await goalpost.agreeMetric("meetings-booked");
  const contacts = await goalpost.agreeMetric("qualified-contacts", { baseline: 41 });
  await goalpost.setGoal({ agreementId: contacts.id, target: 47 });
  return goalpost;
}

describe("Launcher", () => {
  it("counts what needs the user, in its name and as a number", async () => {
    const goalpost = await sdrWithSetupLeft();
    const view = renderWidget(goalpost, launcher());
    const button = view.getByRole("button", { name: "Your goals — 1 thing needs you" });
    expect(button.querySelector(".gp-badge")?.textContent).toBe("1");

    // Reached by the app's data, not by anything the user did: counted until it is seen.
    await act(async () => {
      await goalpost.record("qualified-contacts", 48);
    });
    await waitFor(() => expect(goalpost.pending.value).toBe(0)); // sent
    view.getByRole("button", { name: "Your goals — 2 things need you" });
  });

  it("stops counting a reached goal once its celebration was shown, also after a reload", async () => {
    const goalpost = await sdrWithSetupLeft();
    await goalpost.record("qualified-contacts", 48);
    await waitFor(() => expect(goalpost.pending.value).toBe(0));
    const storage = memoryStorage();
    const first = renderWidget(goalpost, launcher(), { name: "home" }, "en-US", storage);
    await settle();
    first.getByRole("button", { name: "Your goals — 2 things need you" });
    cleanup();

    const home = renderWidget(
      goalpost,
      <>
        {launcher()}
        <HomeScreen />
      </>,
      { name: "home" },
      "en-US",
      storage,
    );
    home.getByText("Goal reached!");
    await settle();
    home.getByRole("button", { name: "Your goals — 1 thing needs you" });
    cleanup();

    // A new page: the mark was kept in the widget's storage, for this user.
    const reloaded = renderWidget(goalpost, launcher(), { name: "home" }, "en-US", storage);
    await settle();
    reloaded.getByRole("button", { name: "Your goals — 1 thing needs you" });
  });

  it("keeps each user's marks apart", async () => {
    const storage = memoryStorage();
    const ana = await startSdk("sdr");
    const agreement = await ana.agreeMetric("qualified-contacts", { baseline: 41 });
    const goal = await ana.setGoal({ agreementId: agreement.id, target: 47 });
    await ana.record("qualified-contacts", 48);
    const seenByAna = renderWidget(ana, <HomeScreen />, { name: "home" }, "en-US", storage);
    seenByAna.getByText("Goal reached!");
    await settle();
    expect(seenByAna.environment.seen.ids.value.has(goal.id)).toBe(true);
    cleanup();

    const other = await startSdk("sdr");
    const renderedForOther = renderWidget(other, launcher(), { name: "home" }, "en-US", storage);
    await settle();
    expect(renderedForOther.environment.seen.ids.value.size).toBe(0);
  });

  it("still shows the entries waiting to be sent, beside what needs the user", async () => {
    const online = signal(true);
    const acc = `w-launcher-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const meetings = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await goalpost.agreeMetric("outreach-confidence");
    const view = renderWidget(goalpost, launcher());
    backend.setScenario({ offline: true });
    online.value = false;
    await act(async () => {
      await goalpost.logProgress({ agreementId: meetings.id, value: 5 });
    });
    await waitFor(() => expect(goalpost.pending.value).toBe(1));
    const button = view.getByRole("button", {
      name: "Your goals — 2 things need you, 1 waiting to send",
    });
    expect([...button.querySelectorAll(".gp-badge")].map((b) => b.textContent)).toEqual([
      "2",
      "1 waiting to send",
    ]);
  });

  it("is named plainly when nothing needs the user", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, launcher());
    expect(view.getByRole("button", { name: "Your goals" }).querySelector(".gp-badge")).toBeNull();
  });
});
