import { createGoalpost, memoryStorage } from "@goalpost/core";
import { signDemoToken } from "@goalpost/mock-backend";
import { fireEvent, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { apiBase, renderWidget, useMockBackend } from "../test/renderWidget.tsx";
import { Screens } from "./Screens.tsx";

const backend = useMockBackend();
let stop = () => {};
afterEach(() => stop());

describe("Screens when the session cannot be loaded", () => {
  it("offers a retry that keeps focus: on the new button if it fails again, then on home", async () => {
    backend.setScenario({ failureRate: 1 });
    const token = await signDemoToken({ sub: "s-user", acc: `s-${Date.now()}`, role: "sdr" });
    const goalpost = createGoalpost({ apiBase, token, storage: memoryStorage() });
    stop = () => goalpost.destroy();
    await goalpost.start().catch(() => {});
    const view = renderWidget(goalpost, <Screens />);
    view.getByText("We couldn't load your goals.");

    fireEvent.click(view.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(goalpost.status.value).toBe("error"));
    const again = await view.findByRole("button", { name: "Try again" });
    await waitFor(() => expect(document.activeElement).toBe(again));

    backend.setScenario({ failureRate: 0 });
    fireEvent.click(again);
    // A first run: home is the setup's first step.
    const home = await view.findByRole("heading", { level: 3, name: "Choose what to measure" });
    await waitFor(() => expect(document.activeElement).toBe(home));
  });
});
