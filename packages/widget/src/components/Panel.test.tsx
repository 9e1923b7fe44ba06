import { act, cleanup, fireEvent, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { App } from "./App.tsx";

useMockBackend();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** An SDR with a baseline and no goal yet, on the goal form; another measure left to agree. */
async function onGoalForm() {
  const goalpost = await startSdk("sdr");
  const agreement = await goalpost.agreeMetric("meetings-booked", {
    maturityLevel: 1,
    baseline: 4,
  });
  const view = renderWidget(goalpost, <App mode="inline" />, {
    name: "goal",
    agreementId: agreement.id,
  });
  await view.findByRole("button", { name: "Set goal" });
  return { goalpost, view };
}

describe("Panel", () => {
  it("lets no second click of a double click land on a control the first one moved into place", async () => {
    const { goalpost, view } = await onGoalForm();
    const screen = () => view.environment.ui.screen.value.name;
    fireEvent.click(view.getByRole("button", { name: "Set goal" }), { detail: 1 });
    const agreeMore = await view.findByRole("button", { name: "Add more metrics" });
    expect(goalpost.agreements.value[0]?.goal).toBeDefined();

    fireEvent.click(agreeMore, { detail: 2 }); // the same double click, now over home
    expect(screen()).toBe("home");
    fireEvent.click(agreeMore, { detail: 1 }); // a click of its own
    expect(screen()).toBe("agree");
  });

  it("still takes a double click on one and the same control", async () => {
    const { view } = await onGoalForm();
    const add = view.getByRole("button", { name: "Add an action" });
    fireEvent.click(add, { detail: 1 });
    fireEvent.click(add, { detail: 2 });
    await waitFor(() => expect(view.getAllByLabelText(/^Action \d$/)).toHaveLength(2));
  });

  it("shows each new screen from its top, home included", async () => {
    const { view } = await onGoalForm();
    const body = view.container.querySelector(".gp-panel-body") as HTMLElement;
    body.scrollTop = 400;
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByRole("heading", { name: "Your metrics" });
    expect(body.scrollTop).toBe(0);
    body.scrollTop = 400;
    await act(() => {
      view.environment.ui.screen.value = { name: "agree" };
    });
    expect(body.scrollTop).toBe(0);
  });

  it("scrolls a problem into view with its field focused", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, <App mode="inline" />, { name: "agree" });
    const scrolled: string[] = [];
    vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(function (
      this: HTMLElement,
    ) {
      scrolled.push(this.textContent ?? "");
    });
    fireEvent.click(await view.findByRole("button", { name: "Agree" }));
    await waitFor(() => expect(scrolled).toEqual(["Choose at least one metric."]));
    expect(document.activeElement).toBe(view.getAllByRole("checkbox")[0]);
  });
});
