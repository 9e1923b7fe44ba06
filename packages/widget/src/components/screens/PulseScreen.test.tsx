import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { PulseScreen } from "./PulseScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);

describe("PulseScreen", () => {
  it("sends a score for a touchpoint with a comment, announces it and goes home", async () => {
    const goalpost = await startSdk("sdr", "acme");
    expect(goalpost.pulseDue.value).toBe(true);
    const before = backend.state.pulses.length;
    const view = renderWidget(goalpost, <PulseScreen />, { name: "pulse" });

    view.getByRole("heading", { level: 3, name: "How much value do you get?" });
    const about = view.getByLabelText("About") as HTMLSelectElement;
    expect(about.value).toBe("overall");
    expect([...about.options].map((o) => o.text)).toEqual([
      "Our service overall",
      "Solving your problem",
      "The product",
      "Training",
      "Pricing",
      "Support",
    ]);
    fireEvent.change(about, { target: { value: "support" } });
    const score = view.getByRole("radiogroup", { name: "How much value does it give you?" });
    expect(
      within(score)
        .getAllByRole("radio")
        .map((radio) => radio.closest("label")?.textContent),
    ).toEqual(["1No value yet", "2A little value", "3Some value", "4A lot of value", "5Essential"]);
    fireEvent.click(within(score).getByRole("radio", { name: /A lot of value/ }));
    fireEvent.input(view.getByLabelText("Anything to add? (optional)"), {
      target: { value: "Support answered within the hour." },
    });
    fireEvent.click(view.getByRole("button", { name: "Send" }));

    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    expect(backend.state.pulses.slice(before)).toMatchObject([
      { touchpoint: "support", score: 4, comment: "Support answered within the hour." },
    ]);
    expect(goalpost.pulseDue.value).toBe(false);
    expect(view.announcements).toEqual(["Thanks, your answer was sent."]);
  });

  it("asks for a score before sending anything", async () => {
    const goalpost = await startSdk("sdr", "acme");
    const before = backend.state.pulses.length;
    const view = renderWidget(goalpost, <PulseScreen />, { name: "pulse" });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    const score = view.getByRole("radiogroup", { name: "How much value does it give you?" });
    await within(score).findByText("Choose one.");
    expect(score.getAttribute("aria-invalid")).toBe("true"); // the group as a whole
    expect(document.activeElement).toBe(within(score).getAllByRole("radio")[0]);
    expect(backend.state.pulses).toHaveLength(before);
  });

  it("'Not now' dismisses the pulse without sending and goes home", async () => {
    const goalpost = await startSdk("digital-marketer", "acme");
    const before = backend.state.pulses.length;
    const view = renderWidget(goalpost, <PulseScreen />, { name: "pulse" });
    fireEvent.click(view.getByRole("button", { name: "Not now" }));
    expect(goalpost.pulseDue.value).toBe(false);
    expect(view.environment.ui.screen.value).toEqual({ name: "home" });
    expect(backend.state.pulses).toHaveLength(before);
  });

  it("keeps the form and says what failed when the server cannot be reached", async () => {
    const goalpost = await startSdk("sdr", "acme");
    const before = backend.state.pulses.length;
    const view = renderWidget(goalpost, <PulseScreen />, { name: "pulse" });
    fireEvent.click(view.getByRole("radio", { name: /Essential/ }));
    backend.setScenario({ offline: true });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    const send = view.getByRole("button", { name: "Saving…" });
    expect(send.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(send); // a second press while saving sends nothing more

    const alert = await view.findByRole("alert");
    expect(alert.textContent).toBe("We couldn't save this. Check your connection, then try again.");
    expect(view.getByRole("button", { name: "Send" }).getAttribute("aria-disabled")).toBeNull();
    expect(view.environment.ui.screen.value).toEqual({ name: "pulse" });
    expect(goalpost.error.value).toBeUndefined();
    expect(backend.state.pulses).toHaveLength(before);
  });
});
