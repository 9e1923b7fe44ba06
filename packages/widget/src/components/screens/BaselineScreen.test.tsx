import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { BaselineScreen } from "./BaselineScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const stored = (id: string) => backend.state.agreements.find((a) => a.id === id);

describe("BaselineScreen", () => {
  it("asks once before saving an implausible baseline, announced, by keyboard too", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { maturityLevel: 1 });
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    const input = view.getByLabelText("Campaign setup time today") as HTMLInputElement;
    fireEvent.input(input, { target: { value: "99999999999" } });
    fireEvent.submit(input.form as HTMLFormElement); // Enter in the field

    const question = await view.findByRole("group", { name: "Is 99,999,999,999 hours right?" });
    const why = "That's more than this metric usually reaches: up to 160 hours.";
    within(question).getByText(why);
    const saveAnyway = within(question).getByRole("button", { name: "Save anyway" });
    await waitFor(() => expect(document.activeElement).toBe(saveAnyway));
    expect(saveAnyway.getAttribute("aria-describedby")?.split(" ")).toHaveLength(2);
    expect(view.announcements).toEqual([
      `Is 99,999,999,999 hours right? ${why} Save again to keep it.`,
    ]);
    expect(stored(agreement.id)?.baseline).toBeUndefined();

    fireEvent.click(within(question).getByRole("button", { name: "Change it" }));
    await waitFor(() => expect(view.queryByRole("group")).toBeNull());
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: "12" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(12));
  });

  it("records a number with its unit, announces it and goes on to the goal", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { maturityLevel: 1 });
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });

    view.getByRole("heading", { level: 3, name: "Your starting point: Campaign setup time" });
    const input = view.getByLabelText("Campaign setup time today");
    expect(input.parentElement?.textContent).toContain("hours");
    fireEvent.input(input, { target: { value: "6,5" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));

    await waitFor(() =>
      expect(view.environment.ui.screen.value).toEqual({ name: "goal", agreementId: agreement.id }),
    );
    expect(stored(agreement.id)?.baseline).toMatchObject({ value: 6.5, source: "self" });
    expect(view.announcements).toEqual(["Saved"]);
  });

  it("reads the number as the user's locale writes it, and shows it back the same way", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", { maturityLevel: 1 });
    const screen = { name: "baseline", agreementId: agreement.id } as const;
    const view = renderWidget(
      goalpost,
      <BaselineScreen agreementId={agreement.id} />,
      screen,
      "de-DE",
    );
    const input = view.getByLabelText("Campaign setup time today");
    fireEvent.input(input, { target: { value: "1.250" } }); // German grouping: 1250
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await view.findByText("Is 1.250 Stunden right?"); // over the catalog's 160 hours: asked once
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(1250));

    fireEvent.input(input, { target: { value: "1,500.5" } }); // neither German nor a number
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await view.findByText("Must be a number.");
    expect(stored(agreement.id)?.baseline?.value).toBe(1250);
    cleanup();

    await goalpost.setBaseline(agreement.id, 6.5);
    const again = renderWidget(
      goalpost,
      <BaselineScreen agreementId={agreement.id} />,
      screen,
      "de-DE",
    );
    expect(again.getByLabelText("Campaign setup time today")).toHaveProperty("value", "6,5");
  });

  it("shows the core's problem at the field and sends nothing", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("icp-fit-rate");
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    const input = view.getByLabelText("ICP fit rate today");
    expect(input.parentElement?.textContent).toContain("%");

    fireEvent.input(input, { target: { value: "140" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await view.findByText("Must be between 0 and 100.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(input);

    fireEvent.input(input, { target: { value: "lots" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await view.findByText("Must be a number.");
    expect(stored(agreement.id)?.baseline).toBeUndefined();
    expect(view.environment.ui.screen.value.name).toBe("baseline");
  });

  it("offers a scale metric's anchored Likert scale, every point labelled", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("outreach-confidence");
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });

    const group = view.getByRole("radiogroup", { name: "Confidence in outreach today" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual([
      "1I put off most calls; I rarely know what to say",
      "2I manage if I have read up on the company first",
      "3I am comfortable with a prepared script",
      "4I tailor every opener to what the visitor looked at",
      "5I can start any conversation with a reason that lands",
    ]);
    expect(new Set(radios.map((radio) => radio.getAttribute("name"))).size).toBe(1);

    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await within(group).findByText("Choose one.");
    expect(stored(agreement.id)?.baseline).toBeUndefined();

    fireEvent.click(
      within(group).getByRole("radio", { name: /comfortable with a prepared script/ }),
    );
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(3));
    expect(stored(agreement.id)?.baseline?.source).toBe("scale");
  });

  it("keeps a scale's chosen point in a locale with its own digits", async () => {
    const goalpost = await startSdk("sdr");
    const agreement = await goalpost.agreeMetric("outreach-confidence", { baseline: 2 });
    const screen = { name: "baseline", agreementId: agreement.id } as const;
    const view = renderWidget(
      goalpost,
      <BaselineScreen agreementId={agreement.id} />,
      screen,
      "ar-EG",
    );
    const group = view.getByRole("radiogroup", { name: "Confidence in outreach today" });
    expect(within(group).getByRole("radio", { name: /read up on the company/ })).toHaveProperty(
      "checked",
      true,
    );
    fireEvent.click(within(group).getByRole("radio", { name: /prepared script/ }));
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(3));
  });
});
