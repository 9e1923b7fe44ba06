import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { Screens } from "../Screens.tsx";
import { NextStep } from "./NextStep.tsx";

useMockBackend();
afterEach(cleanup);

describe("NextStep", () => {
  it("sends a measure agreed without a maturity level to the maturity step first", async () => {
    const goalpost = await startSdk("sdr");
    await goalpost.agreeMetric("meetings-booked");
    const [view] = goalpost.agreements.value;
    if (!view) throw new Error("no agreement");
    const rendered = renderWidget(goalpost, <NextStep view={view} describedBy="x" />);
    fireEvent.click(rendered.getByRole("button", { name: "Record your starting point" }));
    expect(rendered.environment.ui.screen.value).toEqual({
      name: "maturity",
      agreementId: view.agreement.id,
    });
  });

  it("offers a way out of a baseline at the best value: correct it on the log screen, or keep logging", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", {
      maturityLevel: 1,
      baseline: 0, // "0 hours" to set up a campaign: lower is better, so no step is left
    });
    const view = renderWidget(goalpost, <Screens />);
    const card = within(view.getByRole("article", { name: "Campaign setup time" }));
    card.getByText(
      "Your baseline of 0 hours is the best this metric allows, so there is no further goal to set.",
    );
    card.getByText(/^If that's right, keep logging to hold it there\. If it isn't, correct/);
    card.getByRole("button", { name: "Log progress" });
    fireEvent.click(card.getByRole("button", { name: "Correct the baseline" }));
    expect(view.environment.ui.screen.value).toEqual({
      name: "log",
      agreementId: agreement.id,
      change: "baseline",
    });

    // The baseline's correction is open, its field focused (not the heading).
    const field = (await view.findByLabelText("Baseline hours")) as HTMLInputElement;
    expect(field.value).toBe("0");
    await waitFor(() => expect(document.activeElement).toBe(field));
    // Opened once: a reload finds the screen as it is, not asking to open it again.
    expect(view.environment.ui.drafts.screen()).toEqual({ name: "log", agreementId: agreement.id });
    fireEvent.input(field, { target: { value: "6" } });
    fireEvent.click(view.getByRole("button", { name: "Save baseline" }));
    await waitFor(() => expect(view.announcements).toEqual(["Baseline changed"]));

    fireEvent.click(view.getByRole("button", { name: "Back" }));
    const corrected = within(await view.findByRole("article", { name: "Campaign setup time" }));
    corrected.getByText(/^Suggested next goal: /);
    corrected.getByRole("button", { name: "Set your goal" });
    expect(corrected.queryByRole("button", { name: "Correct the baseline" })).toBeNull();
  });
});
