// Each demo role's first run, in the demo app itself (examples/demo, served as `pnpm demo`
// serves it, under its strict CSP): agree → maturity → baseline and first goal → progress →
// goal reached → next goal, then a reload shows the same. Once by mouse, once by keyboard alone.
// Needs `pnpm build` first (the built demo and widget).
import { describe, expect, it, onTestFinished } from "vitest";
import { callApi, cardOf, figuresOf, openDemo, panelOf, widgetReady } from "./support/demoPage.ts";
import { byKeyboard, byMouse } from "./support/flowDrivers.ts";
import { numberIn, retireSeeded, type Session, walkFirstRun } from "./support/roleFlow.ts";
import { roleJourneys } from "./support/roleJourneys.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

const cases = roleJourneys.flatMap((journey) =>
  [byMouse, byKeyboard].map((driver) => ({ journey, driver, user: journey.user, by: driver.name })),
);

describe("each demo role's first run in Beacon", () => {
  it.each(cases)("$user by $by", async ({ journey, driver }) => {
    const { context, page, errors } = await openDemo(demo.browser, demo.site, journey.user);
    onTestFinished(() => context.close());
    if (journey.retireFirst) await retireSeeded(page, journey);

    const { first, next } = await walkFirstRun(page, driver, journey);
    const card = cardOf(page, journey.metric);
    const figures = await figuresOf(card);
    expect(numberIn(figures.Baseline)).toBe(Number(journey.baseline));
    expect(numberIn(figures.Now)).toBe(first);
    expect(numberIn(figures.Target)).toBe(next);

    // What the backend holds: the agreement with its baseline, the reached goal, the next one.
    const session = await callApi<Session>(page, "GET", "/v1/session");
    const agreement = session.agreements.find(
      (a) => a.metricId === journey.metricId && a.status === "agreed",
    );
    expect(agreement?.baseline?.value).toBe(Number(journey.baseline));
    const goals = session.goals.filter((g) => g.agreementId === agreement?.id);
    const reached = goals.find((g) => g.status === "achieved");
    expect(goals.map(({ status, target }) => ({ status, target }))).toEqual([
      { status: "achieved", target: first },
      { status: "active", target: next },
    ]);
    expect(goals[1]?.previousGoalId).toBe(reached?.id);

    // A reload shows the same agreement, goal and progress.
    await page.reload();
    await widgetReady(page);
    await driver.openPanel(page);
    await driver.arrive(page, "Your metrics", "Your goals");
    expect(await figuresOf(card)).toEqual(figures);
    expect(await panelOf(page).getByRole("article").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe("a first run in Beacon that starts from the product's data", () => {
  it("offers the ICP fit Beacon recorded before the metric was agreed, and saves it as Beacon's", async () => {
    const { context, page, errors } = await openDemo(demo.browser, demo.site, "nadia.haddad");
    onTestFinished(() => context.close());
    // What Beacon shows on its own page: the share of visitors that fit the account's ICP.
    const fit = numberIn((await page.locator("#fit-figure").textContent()) ?? "");

    await byMouse.openPanel(page);
    await byMouse.arrive(page, "Choose what to measure");
    await byMouse.tick(page, "ICP fit rate");
    await byMouse.press(page, "Agree");
    await byMouse.arrive(page, "Where is your team today?");
    await byMouse.choose(page, "Filtering for fit");
    await byMouse.arrive(page, "Set your first goal: ICP fit rate");
    await byMouse.press(page, `Use ${fit}% from Beacon visitor list, recorded today`);
    expect(Number(await byMouse.read(page, "ICP fit rate today"))).toBe(fit);
    await byMouse.press(page, "Set goal");
    await byMouse.arrive(page, "Your metrics");

    const figures = await figuresOf(cardOf(page, "ICP fit rate"));
    expect(figures.Baseline).toBe(`${fit}%`);
    const session = await callApi<Session>(page, "GET", "/v1/session");
    const agreement = session.agreements.find((a) => a.metricId === "icp-fit-rate");
    expect(agreement?.baseline).toMatchObject({ value: fit, source: "app" });
    expect(errors).toEqual([]);
  });
});
