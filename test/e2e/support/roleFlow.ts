import type { Page } from "playwright-core";
import { expect } from "vitest";
import { callApi, cardOf, figuresOf, widgetReady } from "./demoPage.ts";
import type { FlowDriver } from "./flowDrivers.ts";
import type { RoleJourney } from "./roleJourneys.ts";

/** The number a figure shows: "5.5 hours" → 5.5, "$69,100" → 69100. */
export const numberIn = (text: string | undefined) => Number(text?.replace(/[^\d.-]/g, ""));

/** What `GET /v1/session` says of agreements and goals (the fields the tests read). */
export type Session = {
  agreements: {
    id: string;
    metricId: string;
    status: string;
    baseline?: { value: number; source: string };
  }[];
  goals: {
    id: string;
    agreementId: string;
    status: string;
    target: number;
    previousGoalId?: string;
  }[];
};

/** Retires the role's seeded agreement of the metric through the API, as its user. */
export async function retireSeeded(page: Page, journey: RoleJourney) {
  const { agreements } = await callApi<Session>(page, "GET", "/v1/session");
  const seeded = agreements.find((a) => a.metricId === journey.metricId && a.status === "agreed");
  if (!seeded) throw new Error(`the seed has no ${journey.metricId} for ${journey.user}`);
  await callApi(page, "PATCH", `/v1/agreements/${seeded.id}`, { body: { status: "retired" } });
  await page.reload();
  await widgetReady(page);
}

/** The integration's data point, pushed server-to-server with the admin key (Salesforce here). */
async function pushFromIntegration(page: Page, journey: RoleJourney, value: number) {
  const { results } = await callApi<{ results: { status: string }[] }>(
    page,
    "POST",
    "/v1/ingest/measurements",
    {
      admin: true,
      body: {
        measurements: [
          {
            id: `e2e-${journey.user}-${Date.now()}`,
            accountId: journey.account,
            roleId: journey.roleId,
            metricId: journey.metricId,
            value,
            at: new Date().toISOString(),
            source: "integration",
          },
        ],
      },
    },
  );
  expect(results.map((r) => r.status)).toEqual(["created"]);
}

/**
 * A role's first run in the demo's widget, from the panel closed to the next goal set: agree the
 * journey's metric (step 1 of 3, where the panel opens), pick the maturity level (step 2), enter
 * the baseline and accept the suggested first goal (step 3), reach it (typed, or pushed by the
 * integration), and accept the suggested next goal. Checks each screen on the way; returns the
 * two targets.
 */
export async function walkFirstRun(page: Page, driver: FlowDriver, journey: RoleJourney) {
  const { metric } = journey;
  await driver.openPanel(page);
  await driver.arrive(page, "Choose what to measure", "Your goals");
  await driver.tick(page, metric);
  await driver.press(page, "Agree");

  await driver.arrive(page, "Where is your team today?");
  await driver.choose(page, journey.maturity);

  await driver.arrive(page, `Set your first goal: ${metric}`);
  await driver.type(page, `${metric} today`, journey.baseline);
  const first = Number(await driver.read(page, "Target")); // suggested from the baseline
  expect(first).not.toBe(Number(journey.baseline));
  await driver.press(page, "Set goal");
  await driver.arrive(page, "Your metrics");
  const card = cardOf(page, metric);
  expect(numberIn((await figuresOf(card)).Target)).toBe(first);

  // Progress that reaches the target: typed in the widget, or pushed by the integration.
  if (journey.progress === "typed") {
    await driver.press(page, "Log progress", card);
    await driver.arrive(page, `Log progress: ${metric}`);
    await driver.type(page, metric, String(first));
    await driver.press(page, "Save");
    await driver.arrive(page, "Your metrics");
  } else {
    await pushFromIntegration(page, journey, first);
    await page.reload();
    await widgetReady(page);
    await driver.openPanel(page);
    await driver.arrive(page, "Your metrics", "Your goals");
  }
  await card.getByText("Goal reached!").waitFor();
  expect(numberIn((await figuresOf(card)).Now)).toBe(first);

  await driver.press(page, "Set your next goal", card);
  await driver.arrive(page, `Set your next goal: ${metric}`);
  const next = Number(await driver.read(page, "Target"));
  expect(next).not.toBe(first);
  await driver.press(page, "Set goal");
  await driver.arrive(page, "Your metrics");
  return { first, next };
}
