import { signal } from "@preact/signals";
import { act, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWidget, useMockBackend } from "../test/renderWidget.tsx";
import { startUser } from "../test/startDemoUser.ts";
import { StatusBar } from "./StatusBar.tsx";

const backend = useMockBackend();
afterEach(() => {
  vi.useRealTimers();
});

describe("StatusBar", () => {
  it("announces going offline, shows what waits, and announces once it has all been sent", async () => {
    const online = signal(true);
    const acc = `w-status-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" }, online);
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const view = renderWidget(goalpost, <StatusBar />);
    backend.setScenario({ offline: true });
    online.value = false;
    await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    await goalpost.logProgress({ agreementId: agreement.id, value: 6 });
    await view.findByText("2 waiting to send");
    // A wait worth announcing the end of (over 1.5 s), on a fake clock; timers stay real for msw.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 1600 });
    const offline = "You're offline. Progress you log is kept and sent when you're back.";
    expect(view.announcements).toEqual([offline]); // going offline, said once

    backend.setScenario({ offline: false });
    online.value = true;
    await waitFor(() =>
      expect(view.announcements).toEqual([offline, "Your waiting entries have been sent."]),
    );
    expect(view.queryByText(/waiting to send/)).toBeNull();
  });

  it("says nothing more for an entry sent at once (saving it said so)", async () => {
    const acc = `w-status-${Date.now()}`;
    const goalpost = await startUser({ sub: `${acc}-user`, acc, role: "sdr" });
    const agreement = await goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    const view = renderWidget(goalpost, <StatusBar />);
    await goalpost.logProgress({ agreementId: agreement.id, value: 5 });
    await waitFor(() => expect(goalpost.pending.value).toBe(0));
    await act(async () => {}); // renders and runs the effects that follow pending going to 0
    expect(view.announcements).toEqual([]);
  });
});
