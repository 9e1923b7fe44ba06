import { demoCatalog } from "@goalpost/mock-backend";
import { cleanup, fireEvent, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { renderWidget, startSdk, useMockBackend } from "../../test/renderWidget.tsx";
import { Screens } from "../Screens.tsx";

const backend = useMockBackend();
afterEach(cleanup);

/** The next step appears with its heading focused (the first one shown keeps focus where it is). */
async function step(view: ReturnType<typeof renderWidget>, heading: string, n: number) {
  const h3 = await view.findByRole("heading", { level: 3, name: heading });
  if (n === 1) expect(document.activeElement).not.toBe(h3);
  else await waitFor(() => expect(document.activeElement).toBe(h3));
  // The stepper says where the user is: "Step 2 of 3", the current step marked.
  const steps = view.getByRole("list", { name: `Step ${n} of 3` });
  const items = within(steps).getAllByRole("listitem");
  expect(items.map((item) => item.getAttribute("aria-current"))).toEqual(
    [1, 2, 3].map((i) => (i === n ? "step" : null)),
  );
  expect(items.map((item) => item.textContent)).toEqual(
    ["Metrics", "Your team", "Start and goal"].map((name, i) =>
      i + 1 < n ? `${name} (done)` : name,
    ),
  );
}

/** The words a person sees: closed disclosures show their summary only; screen-reader text none. */
function wordsShown(root: Element): number {
  const clone = root.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll(".gp-sr-only, details:not([open]) > :not(summary)"))
    hidden.remove();
  return (clone.textContent ?? "").split(/\s+/).filter((word) => /\w/.test(word)).length;
}

describe("the first run", () => {
  it("walks a marketer from agreeing two metrics to a first goal in three steps", async () => {
    const goalpost = await startSdk("digital-marketer");
    const accountId = goalpost.user.value?.accountId;
    const view = renderWidget(goalpost, <Screens />);

    // Home is the first step: nothing to go back to.
    await step(view, "Choose what to measure", 1);
    expect(view.queryByRole("button", { name: "Back" })).toBeNull();
    fireEvent.click(view.getByRole("checkbox", { name: "ICP fit rate" }));
    fireEvent.click(view.getByRole("checkbox", { name: "Campaign setup time" }));
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    await step(view, "Where is your team today?", 2);
    fireEvent.click(view.getByRole("button", { name: "Spotting visitors" }));

    await step(view, "Set your first goal: ICP fit rate", 3);
    const target = view.getByRole("textbox", { name: "Target %" }) as HTMLInputElement;
    expect(target.value).toBe("");
    fireEvent.input(view.getByLabelText("ICP fit rate today"), { target: { value: "40" } });
    expect(target.value).toBe("48"); // suggested from the start as it is typed
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });

    const agreements = backend.state.agreements.filter((a) => a.accountId === accountId);
    expect(agreements.map((a) => [a.metricId, a.maturityLevel, a.baseline?.value])).toEqual([
      ["icp-fit-rate", 1, 40],
      ["campaign-setup-hours", 1, undefined],
    ]);
    expect(agreements[0]?.baseline?.source).toBe("self");
    const goals = backend.state.goals.filter((g) => g.agreementId === agreements[0]?.id);
    expect(goals).toMatchObject([{ status: "active", startValue: 40, target: 48 }]);
    expect(view.announcements).toEqual([
      "Agreed: ICP fit rate, Campaign setup time. Step 2 of 3: Your team",
      "Saved: Spotting visitors. Step 3 of 3: Start and goal",
      "Goal set",
    ]);
  });

  it("walks an SDR through a scale-assessed metric", async () => {
    const goalpost = await startSdk("sdr");
    const view = renderWidget(goalpost, <Screens />);

    await step(view, "Choose what to measure", 1);
    fireEvent.click(view.getByRole("checkbox", { name: "Confidence in outreach" }));
    fireEvent.click(view.getByRole("button", { name: "Agree" }));

    await step(view, "Where is your team today?", 2);
    fireEvent.click(view.getByRole("button", { name: "Following warm visitors" }));

    await step(view, "Set your first goal: Confidence in outreach", 3);
    const today = view.getByRole("radiogroup", { name: "Confidence in outreach today" });
    fireEvent.click(within(today).getByRole("radio", { name: /read up on the company/ }));
    const target = view.getByRole("radiogroup", { name: "Target" });
    const level = goalpost.role.value?.maturity.find((l) => l.level === 2);
    const checked = within(target).getByRole("radio", { checked: true });
    expect(checked).toHaveProperty("value", "3"); // 2 improved by 15 %, at least one point
    expect(level?.expectedGain).toBe(0.15);
    fireEvent.click(view.getByRole("button", { name: "Set goal" }));
    await view.findByRole("heading", { level: 3, name: "Your metrics" });

    const [view0] = goalpost.agreements.value;
    expect(view0?.agreement).toMatchObject({
      maturityLevel: 2,
      baseline: { value: 2, source: "scale" },
    });
    expect(view0?.goal).toMatchObject({ startValue: 2, target: 3 });
    expect(backend.state.goals.find((g) => g.id === view0?.goal?.id)?.target).toBe(3);
  });

  it.each(demoCatalog.roles.map((role) => role.id))(
    "shows %s at most 150 words before the first action, the rest behind a disclosure",
    async (role) => {
      const goalpost = await startSdk(role);
      const view = renderWidget(goalpost, <Screens />);
      await view.findByRole("heading", { level: 3, name: "Choose what to measure" });
      const about = view.getByText("Why these metrics, and how each is measured");
      expect(about.closest("details")?.open).toBe(false);
      expect(wordsShown(view.container)).toBeLessThanOrEqual(150);
      // What the disclosure holds: why each metric matters and how it is collected.
      const why = goalpost.suggestedMetrics.value[0]?.whyItMatters ?? "";
      expect(about.closest("details")?.textContent).toContain(why);
    },
  );
});
