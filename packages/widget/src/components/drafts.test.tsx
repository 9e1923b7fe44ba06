// Typed work is kept as a draft: closing the panel (Close or Escape) mid-form and opening it again
// brings every field back; saving the form removes its draft.
import { act, cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../test/renderWidget.tsx";
import { App } from "./App.tsx";

useMockBackend();
afterEach(cleanup);

async function goalForm() {
  const goalpost = await startSdk("sdr");
  const agreement = await goalpost.agreeMetric("meetings-booked", {
    maturityLevel: 1,
    baseline: 4,
  });
  const view = renderWidget(goalpost, <App mode="launcher" />, {
    name: "goal",
    agreementId: agreement.id,
  });
  const panel = () => within(view.getByRole("dialog", { hidden: true }));
  await panel().findByRole("heading", { level: 3, name: /Set your first goal/ });
  return { goalpost, agreement, view, panel };
}

/** Reopens the panel and returns the goal form's fields as the user sees them. */
async function reopened(view: ReturnType<typeof renderWidget>) {
  expect(view.queryByLabelText("Target meetings")).toBeNull(); // really closed
  await act(() => {
    view.environment.ui.open.value = true;
  });
  return {
    target: (view.getByLabelText("Target meetings") as HTMLInputElement).value,
    changes: (view.getByLabelText("What will change in your work") as HTMLTextAreaElement).value,
    action: (view.getByLabelText("Action 1") as HTMLInputElement).value,
    owner: (view.getByLabelText("Who does action 1") as HTMLSelectElement).value,
  };
}

describe("drafts", () => {
  it("keep the goal form across Close and Escape, and go once it is saved", async () => {
    const { goalpost, agreement, view, panel } = await goalForm();
    fireEvent.input(view.getByLabelText("Target meetings"), { target: { value: "6" } });
    fireEvent.input(view.getByLabelText("What will change in your work"), {
      target: { value: "Call warm visitors first" },
    });
    fireEvent.click(view.getByRole("button", { name: "Add an action" }));
    fireEvent.input(view.getByLabelText("Action 1"), { target: { value: "Book a demo" } });
    fireEvent.change(view.getByLabelText("Who does action 1"), { target: { value: "vendor" } });

    fireEvent.click(panel().getByRole("button", { name: "Close" }));
    const typed = {
      target: "6",
      changes: "Call warm visitors first",
      action: "Book a demo",
      owner: "vendor",
    };
    expect(await reopened(view)).toEqual(typed);

    fireEvent.keyDown(view.getByLabelText("Action 1"), { key: "Escape" });
    expect(await reopened(view)).toEqual(typed);

    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    expect(goalpost.agreements.value[0]?.goal?.target).toBe(6);
    expect(view.environment.ui.drafts.get(`goal:${agreement.id}`)).toBeUndefined();
  });
});

describe("drafts of the other forms", () => {
  /** Closes and reopens the panel. */
  const closeAndOpen = async (view: ReturnType<typeof renderWidget>) => {
    await act(() => {
      view.environment.ui.open.value = false;
    });
    await act(() => {
      view.environment.ui.open.value = true;
    });
  };

  it("keep the measures chosen, a typed baseline, a logged value and its note", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, <App mode="launcher" />, { name: "agree" });
    fireEvent.click(await view.findByRole("checkbox", { name: /Meetings booked per week/ }));
    await closeAndOpen(view);
    expect(view.getByRole("checkbox", { name: /Meetings booked per week/ })).toHaveProperty(
      "checked",
      true,
    );

    const agreement = await goalpost.agreeMetric("meetings-booked", { maturityLevel: 1 });
    await act(() => {
      view.environment.ui.screen.value = { name: "baseline", agreementId: agreement.id };
    });
    fireEvent.input(view.getByLabelText("Meetings booked per week today"), {
      target: { value: "5" },
    });
    await closeAndOpen(view);
    expect(view.getByLabelText("Meetings booked per week today")).toHaveProperty("value", "5");

    await goalpost.setBaseline(agreement.id, 5);
    await goalpost.setGoal({ agreementId: agreement.id });
    await act(() => {
      view.environment.ui.screen.value = { name: "log", agreementId: agreement.id };
    });
    fireEvent.input(view.getByRole("textbox", { name: /^Meetings booked per week/ }), {
      target: { value: "6" },
    });
    fireEvent.input(view.getByLabelText("Note (optional)"), { target: { value: "Two from ads" } });
    await closeAndOpen(view);
    expect(view.getByRole("textbox", { name: /^Meetings booked per week/ })).toHaveProperty(
      "value",
      "6",
    );
    expect(view.getByLabelText("Note (optional)")).toHaveProperty("value", "Two from ads");
  });
});
