import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { AgreeScreen } from "../screens/AgreeScreen.tsx";
import { BaselineScreen } from "../screens/BaselineScreen.tsx";
import { GoalScreen } from "../screens/GoalScreen.tsx";
import { MaturityScreen } from "../screens/MaturityScreen.tsx";
import { useWidget } from "../WidgetContext.ts";

const backend = useMockBackend();
afterEach(cleanup);

/** The setup screens routed as the panel routes them; home is a marker. */
function Flow() {
  const screen = useWidget().ui.screen.value;
  if (screen.name === "agree") return <AgreeScreen />;
  if (screen.name === "maturity") return <MaturityScreen agreementId={screen.agreementId} />;
  if (screen.name === "baseline") return <BaselineScreen agreementId={screen.agreementId} />;
  if (screen.name === "goal") return <GoalScreen agreementId={screen.agreementId} />;
  return <p>home</p>;
}

/** The next step appears with its heading focused (the first one shown keeps focus where it is). */
async function step(view: ReturnType<typeof renderWidget>, heading: string, first = false) {
  const h3 = await view.findByRole("heading", { level: 3, name: heading });
  if (first) expect(document.activeElement).not.toBe(h3);
  else await waitFor(() => expect(document.activeElement).toBe(h3));
}

describe("the first run", () => {
  it("walks a marketer from agreeing two metrics to a first goal", async () => {
    const goalpost = await startSdk("digital-marketer");
    const accountId = goalpost.user.value?.accountId;
    const view = renderWidget(goalpost, <Flow />, { name: "agree" });

    await step(view, "Choose what to measure", true);
    fireEvent.click(view.getByRole("checkbox", { name: /ICP fit rate/ }));
    fireEvent.click(view.getByRole("checkbox", { name: /Campaign setup time/ }));
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    await step(view, "Where is your team today?");
    fireEvent.click(view.getByRole("radio", { name: /Spotting visitors/ }));
    fireEvent.click(view.getByRole("button", { name: "Continue" }));

    await step(view, "Your starting point: ICP fit rate");
    fireEvent.input(view.getByLabelText("ICP fit rate today"), { target: { value: "40" } });
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));

    await step(view, "Set your first goal: ICP fit rate");
    expect(view.getByLabelText("Target")).toHaveProperty("value", "48");
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText("home");

    const agreements = backend.state.agreements.filter((a) => a.accountId === accountId);
    expect(agreements.map((a) => [a.metricId, a.maturityLevel, a.baseline?.value])).toEqual([
      ["icp-fit-rate", 1, 40],
      ["campaign-setup-hours", 1, undefined],
    ]);
    const goals = backend.state.goals.filter((g) => g.agreementId === agreements[0]?.id);
    expect(goals).toMatchObject([{ status: "active", startValue: 40, target: 48 }]);
    expect(view.announcements).toEqual([
      "Agreed: ICP fit rate, Campaign setup time",
      "Saved",
      "Goal set",
    ]);
  });

  it("walks an SDR through a scale-assessed metric", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, <Flow />, { name: "agree" });

    await step(view, "Choose what to measure", true);
    fireEvent.click(view.getByRole("checkbox", { name: /Confidence in outreach/ }));
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    await step(view, "Where is your team today?");
    fireEvent.click(view.getByRole("radio", { name: /Following warm visitors/ }));
    fireEvent.click(view.getByRole("button", { name: "Continue" }));

    await step(view, "Your starting point: Confidence in outreach");
    const today = view.getByRole("radiogroup", { name: "Confidence in outreach today" });
    fireEvent.click(within(today).getByRole("radio", { name: /read up on the company/ }));
    fireEvent.click(view.getByRole("button", { name: "Save starting point" }));

    await step(view, "Set your first goal: Confidence in outreach");
    const target = view.getByRole("radiogroup", { name: "Target" });
    const suggested = goalpost.agreements.value[0]?.suggestion?.target;
    expect(within(target).getByRole("radio", { checked: true })).toHaveProperty(
      "value",
      String(suggested),
    );
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByText("home");

    const [view0] = goalpost.agreements.value;
    expect(view0?.agreement).toMatchObject({ maturityLevel: 2, baseline: { value: 2 } });
    expect(view0?.goal).toMatchObject({ startValue: 2, target: suggested });
    expect(backend.state.goals.find((g) => g.id === view0?.goal?.id)?.target).toBe(suggested);
  });
});
