// The goal's plan in the demo, by keyboard alone: on "Your plan", mark an action of the seeded
// goal done, then stop the goal after the confirmation, and check what the API holds.
// Needs `pnpm build` first (the built demo and widget).
import { expect, it, onTestFinished } from "vitest";
import { callApi, cardOf, figuresOf, openDemo } from "./support/demoPage.ts";
import { byKeyboard } from "./support/flowDrivers.ts";
import { focused } from "./support/keyboardFocus.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

type Goals = {
  goals: {
    id: string;
    agreementId: string;
    status: string;
    actions: { title: string; done: boolean }[];
  }[];
  agreements: { id: string; metricId: string }[];
};

it("marks an action of the plan done and stops the goal, by keyboard alone", async () => {
  const { context, page, errors } = await openDemo(demo.browser, demo.site, "sam.okafor");
  onTestFinished(() => context.close());
  const goalOf = async () => {
    const { goals, agreements } = await callApi<Goals>(page, "GET", "/v1/session");
    const agreement = agreements.find((a) => a.metricId === "qualified-contacts");
    return goals.filter((g) => g.agreementId === agreement?.id).at(-1);
  };
  const before = await goalOf();
  expect(before?.status).toBe("active");
  const open = before?.actions.findIndex((a) => !a.done) ?? -1;
  expect(open, "the seeded goal has an action left to do").toBeGreaterThanOrEqual(0);

  const keys = byKeyboard;
  await keys.openPanel(page);
  await keys.arrive(page, "Your metrics", "Your goals");
  await keys.press(page, "Your plan"); // the first card's: qualified contacts, Sam's first metric
  await keys.arrive(page, "Your plan: Qualified contacts per week");
  await keys.press(page, "Mark as done"); // the first one not done: the plan comes first
  await expect.poll(async () => (await goalOf())?.actions[open]?.done).toBe(true);

  await keys.press(page, "Stop this goal");
  // The button pressed is replaced by the confirmation: focus is on it, ready for Enter.
  await expect.poll(async () => (await focused(page)).name).toBe("Stop the goal");
  await page.keyboard.press("Enter");
  await keys.arrive(page, "Your metrics");
  expect((await goalOf())?.status).toBe("abandoned");
  // Home says so, and shows no target for the stopped goal.
  const card = cardOf(page, "Qualified contacts per week");
  await card.getByText(/^You stopped your last goal on /).waitFor();
  expect((await figuresOf(card)).Target).toBe("not set yet");
  expect(errors).toEqual([]);
});
