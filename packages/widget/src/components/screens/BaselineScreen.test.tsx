import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { BaselineScreen } from "./BaselineScreen.tsx";

const backend = useMockBackend();
afterEach(cleanup);
const stored = (id: string) => backend.state.agreements.find((a) => a.id === id);
const goalsOf = (id: string) => backend.state.goals.filter((g) => g.agreementId === id);

async function startForm(role: string, metricId: string, locale = "en-US") {
  const goalpost = await startSdk(role);
  const agreement = await goalpost.agreeMetric(metricId, { maturityLevel: 1 });
  const screen = { name: "baseline", agreementId: agreement.id } as const;
  const view = renderWidget(
    goalpost,
    <BaselineScreen agreementId={agreement.id} />,
    screen,
    locale,
  );
  return { goalpost, agreement, view };
}

describe("BaselineScreen before a first goal: the starting point and the goal on one form", () => {
  it("suggests the target from the start as it is typed, saves both and goes home", async () => {
    const { agreement, view } = await startForm("digital-marketer", "campaign-setup-hours");
    view.getByRole("heading", { level: 3, name: "Set your first goal: Campaign setup time" });
    view.getByRole("list", { name: "Step 3 of 3" });
    const start = view.getByLabelText("Campaign setup time today");
    expect(start.parentElement?.textContent).toContain("hours");
    const target = view.getByRole("textbox", { name: "Target hours" }) as HTMLInputElement;
    const hint = () => document.getElementById(target.getAttribute("aria-describedby") ?? "");
    expect(target.value).toBe("");
    expect(hint()?.textContent).toBe("Suggested for your level once you enter where you start.");

    fireEvent.input(start, { target: { value: "6,5" } });
    expect(target.value).toBe("5");
    expect(hint()?.textContent).toBe(
      "23% better than your current 6.5 hours — a reachable step for teams at your level.",
    );
    fireEvent.input(target, { target: { value: "4" } });
    fireEvent.input(start, { target: { value: "7" } });
    expect(target.value).toBe("4"); // the user's own target no longer follows the start
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));

    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    expect(stored(agreement.id)?.baseline).toMatchObject({ value: 7, source: "self" });
    expect(goalsOf(agreement.id)).toMatchObject([{ startValue: 7, target: 4, status: "active" }]);
    expect(view.announcements).toEqual(["Goal set"]);
    expect(view.environment.ui.drafts.get(`start:${agreement.id}`)).toBeUndefined();
  });

  it("keeps the plan behind a disclosure and saves what is in it", async () => {
    const { agreement, view } = await startForm("sdr", "meetings-booked");
    const plan = view
      .getByText(/^Due .+: change the date, or plan how you'll get there$/)
      .closest("details");
    expect(plan?.open).toBe(false);
    fireEvent.input(view.getByLabelText("Meetings booked per week today"), {
      target: { value: "4" },
    });
    fireEvent.input(view.getByLabelText("What will change in your work"), {
      target: { value: "Call warm visitors first" },
    });
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(goalsOf(agreement.id)).toHaveLength(1));
    expect(goalsOf(agreement.id)[0]).toMatchObject({
      target: 5,
      changes: "Call warm visitors first",
    });
  });

  it("asks once before saving an implausible start, announced, and saves nothing meanwhile", async () => {
    const { agreement, view } = await startForm("digital-marketer", "campaign-setup-hours");
    const input = view.getByLabelText("Campaign setup time today") as HTMLInputElement;
    fireEvent.input(input, { target: { value: "99999999999" } });
    fireEvent.submit(input.form as HTMLFormElement); // Enter in the field

    const question = await view.findByRole("group", { name: "Is 99,999,999,999 hours right?" });
    const why = "That's more than this metric usually reaches: up to 160 hours.";
    within(question).getByText(why);
    const saveAnyway = within(question).getByRole("button", { name: "Save anyway" });
    await waitFor(() => expect(document.activeElement).toBe(saveAnyway));
    expect(view.announcements).toEqual([
      `Is 99,999,999,999 hours right? ${why} Save again to keep it.`,
    ]);
    expect(stored(agreement.id)?.baseline).toBeUndefined();

    fireEvent.click(within(question).getByRole("button", { name: "Change it" }));
    await waitFor(() => expect(view.queryByRole("group", { name: /right\?$/ })).toBeNull());
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: "12" } });
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(12));
  });

  it("reads the number as the user's locale writes it", async () => {
    const { agreement, view } = await startForm(
      "digital-marketer",
      "campaign-setup-hours",
      "de-DE",
    );
    const input = view.getByLabelText("Campaign setup time today");
    fireEvent.input(input, { target: { value: "1,500.5" } }); // neither German nor a number
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText("Must be a number.");

    fireEvent.input(input, { target: { value: "12,5" } });
    expect(view.getByRole("textbox", { name: "Target hours" })).toHaveProperty("value", "10");
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(12.5));
  });

  it("shows the core's problem at the field and sends nothing", async () => {
    const { agreement, view } = await startForm("digital-marketer", "icp-fit-rate");
    const input = view.getByLabelText("ICP fit rate today");
    expect(input.parentElement?.textContent).toContain("%");

    fireEvent.input(input, { target: { value: "140" } });
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText("Must be between 0 and 100.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(input);

    fireEvent.input(input, { target: { value: "" } });
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText("Enter a number.");
    expect(stored(agreement.id)?.baseline).toBeUndefined();
    expect(goalsOf(agreement.id)).toEqual([]);
  });

  it("offers a scale metric's anchored Likert scale for the start and the target", async () => {
    const { agreement, view } = await startForm("sdr", "outreach-confidence");
    const group = view.getByRole("radiogroup", { name: "Confidence in outreach today" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual([
      "1I put off most calls; I rarely know what to say",
      "2I manage if I have read up on the company first",
      "3I am comfortable with a prepared script",
      "4I tailor every opener to what the visitor looked at",
      "5I can start any conversation with a reason that lands",
    ]);
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await within(group).findByText("Choose one.");

    fireEvent.click(within(group).getByRole("radio", { name: /prepared script/ }));
    const target = view.getByRole("radiogroup", { name: "Target" });
    expect(within(target).getByRole("radio", { checked: true })).toHaveProperty("value", "4");
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline).toMatchObject({ value: 3 }));
    expect(stored(agreement.id)?.baseline?.source).toBe("scale");
    await waitFor(() => expect(goalsOf(agreement.id)[0]?.target).toBe(4));
  });

  it("starts from a baseline saved before (a goal that failed to save), in a locale with its own digits", async () => {
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
    const before = stored(agreement.id)?.baseline;
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await waitFor(() => expect(goalsOf(agreement.id)).toHaveLength(1));
    expect(stored(agreement.id)?.baseline).toEqual(before); // not saved again
  });

  it("saves a start already at the best the metric allows alone, saying why there is no goal", async () => {
    const { agreement, view } = await startForm("digital-marketer", "icp-fit-rate");
    fireEvent.input(view.getByLabelText("ICP fit rate today"), { target: { value: "100" } });
    view.getByText(/This is the best value this metric allows/);
    expect(view.queryByLabelText("Target")).toBeNull();
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await view.findByRole("group", { name: /right\?$/ }); // above the catalog's 90 %
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(view.environment.ui.screen.value).toEqual({ name: "home" }));
    expect(stored(agreement.id)?.baseline?.value).toBe(100);
    expect(goalsOf(agreement.id)).toEqual([]);
    expect(view.announcements.at(-1)).toBe("Saved");
  });

  it("offers to change the team's level", async () => {
    const { agreement, view } = await startForm("sdr", "meetings-booked");
    fireEvent.click(view.getByRole("button", { name: "Change team level" }));
    expect(view.environment.ui.screen.value).toEqual({
      name: "maturity",
      agreementId: agreement.id,
    });
  });
});

describe("BaselineScreen after a goal: a correction of the starting point", () => {
  it("asks for the start alone and goes on to the goal", async () => {
    const goalpost = await startSdk("digital-marketer");
    const agreement = await goalpost.agreeMetric("campaign-setup-hours", {
      maturityLevel: 1,
      baseline: 10,
    });
    await goalpost.setGoal({ agreementId: agreement.id });
    const view = renderWidget(goalpost, <BaselineScreen agreementId={agreement.id} />, {
      name: "baseline",
      agreementId: agreement.id,
    });
    view.getByRole("heading", { level: 3, name: "Your starting point: Campaign setup time" });
    expect(view.queryByRole("list", { name: /^Step/ })).toBeNull();
    const input = view.getByLabelText("Campaign setup time today");
    expect(input).toHaveProperty("value", "10");
    fireEvent.input(input, { target: { value: "9" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));
    await waitFor(() => expect(stored(agreement.id)?.baseline?.value).toBe(9));
    expect(stored(agreement.id)?.baseline?.source).toBe("self");
  });
});
