// The demo against the reference server instead of the in-browser mock, as `pnpm demo:server`
// runs it: goalpost-server --demo on a fresh PGlite directory, then on a fresh PostgreSQL database
// (no configuration besides the demo's origin for CORS), the built demo pointed at it. A first-run user goes through the whole
// flow in the widget by mouse; the server holds the result. Needs `pnpm build` first.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it, onTestFinished } from "vitest";
import { signToken } from "../contract/support/signToken.ts";
import { freshDatabase, startGoalpostServer } from "../contract/support/startGoalpostServer.ts";
import { connectChromium } from "./support/connectChromium.ts";
import { cardOf, figuresOf, widgetReady } from "./support/demoPage.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { byMouse } from "./support/flowDrivers.ts";
import { numberIn, type Session, walkFirstRun } from "./support/roleFlow.ts";
import { roleJourneys } from "./support/roleJourneys.ts";
import { freePort, serveDemo } from "./support/serveDemo.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** goalpost-server --demo on a fresh store, and the demo served against it; stopped after. */
async function serveDemoOnServer(kind: "pglite" | "postgres") {
  const port = await freePort();
  const data = await freshDatabase(kind);
  onTestFinished(() => data.drop());
  const server = await startGoalpostServer(data.database, {
    env: { GOALPOST_CORS_ORIGINS: `http://localhost:${port}` },
  });
  onTestFinished(async () => void (await server.stop()));
  const site = await serveDemo({ port, api: server.url });
  onTestFinished(() => site.close());
  expect(site.url).toBe(`http://localhost:${port}/`); // the origin CORS allows
  return { server, site };
}

keepFailureScreenshots(() => browser);

it.each(["pglite", "postgres"] as const)(
  "runs a first-run user's whole flow against goalpost-server on %s",
  async (kind) => {
    const { server, site } = await serveDemoOnServer(kind);
    const journey = roleJourneys[0];
    if (!journey) throw new Error("no journey");
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      const apiCalls: string[] = [];
      page.on("request", (request) => {
        if (request.url().startsWith(server.url)) apiCalls.push(request.url());
      });
      await page.goto(site.url);
      await page.getByLabel("Signed in as").selectOption(journey.user);
      await widgetReady(page);
      expect(await page.evaluate("navigator.serviceWorker.controller")).toBeNull(); // no mock

      const { first, next } = await walkFirstRun(page, byMouse, journey);
      const figures = await figuresOf(cardOf(page, journey.metric));
      expect(numberIn(figures.Baseline)).toBe(Number(journey.baseline));
      expect(numberIn(figures.Target)).toBe(next);
      expect(apiCalls.length).toBeGreaterThan(0);

      // The scorecard's console reads the admin API with its console token through the demo's own
      // server, as an internal tool would: the Goalpost server answers no CORS on admin endpoints.
      await page.getByRole("link", { name: "Vendor scorecard" }).click();
      const row = page
        .locator("goalpost-console tbody tr")
        .filter({ hasText: new RegExp(`^${journey.account}`) })
        .filter({ hasText: "Goal achieved" });
      await row.first().waitFor();
      expect(errors).toEqual([]);

      // What the server stored, read with a token a vendor's backend would sign.
      const token = signToken(
        { sub: journey.user, acc: journey.account, role: journey.roleId },
        "demo-signing-secret",
      );
      const response = await fetch(`${server.url}/v1/session`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const session = (await response.json()) as Session;
      const agreement = session.agreements.find((a) => a.metricId === journey.metricId);
      const goals = session.goals.filter((g) => g.agreementId === agreement?.id);
      expect(goals.map(({ status, target }) => ({ status, target }))).toEqual([
        { status: "achieved", target: first },
        { status: "active", target: next },
      ]);
    } finally {
      await context.close();
    }
  },
);
