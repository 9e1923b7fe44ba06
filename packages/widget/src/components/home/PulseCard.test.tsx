import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../../i18n/messages.ts";
import { renderWidget, useMockBackend } from "../../test/renderWidget.tsx";
import { startDemoUser } from "../../test/startDemoUser.ts";
import { HomeScreen } from "../screens/HomeScreen.tsx";

const backend = useMockBackend();
afterEach(() => {
  cleanup();
  backend.reset(); // a pulse sent is not due again for 30 days
});

const question = "So far, how much value do you get from us?";

/** Sam (acme's SDR) has logged progress for weeks: his pulse is due. */
async function samHome() {
  const goalpost = await startDemoUser("sam.okafor");
  expect(goalpost.pulseDue.value).toBe(true);
  const view = renderWidget(goalpost, <HomeScreen />);
  return { goalpost, view, before: backend.state.pulses.length };
}

describe("PulseCard", () => {
  it("asks one question on home, sends the overall value with a comment, and thanks visibly", async () => {
    const { goalpost, view, before } = await samHome();
    const scale = view.getByRole("radiogroup", { name: question });
    expect(view.getAllByRole("radiogroup")).toHaveLength(1); // one question, nothing else asked
    expect(view.queryByRole("combobox")).toBeNull();
    expect(
      within(scale)
        .getAllByRole("radio")
        .map((radio) => radio.closest("label")?.textContent),
    ).toEqual(["1No value yet", "2A little value", "3Some value", "4A lot of value", "5Essential"]);
    expect(view.queryByLabelText(/Anything to add/)).toBeNull(); // offered once a score is chosen
    fireEvent.click(within(scale).getByRole("radio", { name: /A lot of value/ }));
    fireEvent.input(view.getByLabelText("Anything to add? (optional)"), {
      target: { value: "Alerts save me an hour a day." },
    });
    fireEvent.click(view.getByRole("button", { name: "Send" }));

    const thanks = await view.findByText(en.pulseThanks);
    await waitFor(() => expect(document.activeElement).toBe(thanks));
    expect(backend.state.pulses.slice(before)).toMatchObject([
      { touchpoint: "overall", score: 4, comment: "Alerts save me an hour a day." },
    ]);
    expect(goalpost.pulseDue.value).toBe(false);
    expect(view.announcements).toEqual([en.pulseDone]);
    expect(view.environment.ui.drafts.get("pulse")).toBeUndefined();
  });

  it("asks for a score before sending anything", async () => {
    const { view, before } = await samHome();
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    const scale = view.getByRole("radiogroup", { name: question });
    await within(scale).findByText("Choose one.");
    expect(scale.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(within(scale).getAllByRole("radio")[0]);
    expect(backend.state.pulses).toHaveLength(before);
  });

  it("has one way out, Not now, which sends nothing and leaves focus on the screen's heading", async () => {
    const { goalpost, view, before } = await samHome();
    const form = within(view.getByRole("form", { name: question }));
    expect(form.getAllByRole("button").map((b) => b.textContent)).toEqual(["Send", "Not now"]);
    fireEvent.click(form.getByRole("button", { name: "Not now" }));
    await waitFor(() => expect(view.queryByRole("form", { name: question })).toBeNull());
    expect(document.activeElement).toBe(view.getByRole("heading", { name: "Your metrics" }));
    expect(goalpost.pulseDue.value).toBe(false);
    expect(backend.state.pulses).toHaveLength(before);
  });

  it("keeps the score and says what failed when the server cannot be reached", async () => {
    const { view, before } = await samHome();
    fireEvent.click(view.getByRole("radio", { name: /Essential/ }));
    backend.setScenario({ offline: true });
    fireEvent.click(view.getByRole("button", { name: "Send" }));
    const alert = await view.findByRole("alert");
    expect(alert.textContent).toBe(en.setupOffline);
    expect(view.getByRole("radio", { name: /Essential/ })).toHaveProperty("checked", true);
    expect(backend.state.pulses).toHaveLength(before);
  });
});
