import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { servePage } from "./support/servePage.ts";

type Api = {
  start(acc: string, role: string): Promise<string>;
  sdk(): import("@goalpost/core").Goalpost;
  offline(offline: boolean): void;
  stored(acc: string): { agreements: number; measurements: number };
};
declare const goalpostTest: Api;

let browser: Browser;
let site: Awaited<ReturnType<typeof servePage>>;

beforeAll(async () => {
  site = await servePage(fileURLToPath(new URL("./page", import.meta.url)));
  browser = await connectChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

keepFailureScreenshots(() => browser);

async function open(page: Page): Promise<void> {
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready=true]", { state: "attached" });
}

describe("the mock backend behind msw's service worker, with the core, in Chromium", () => {
  it("answers the contract, keeps its data across a reload, and the outbox delivers once", async () => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await open(page);
    const acc = `browser-${Date.now()}`;

    expect(await page.evaluate((acc) => goalpostTest.start(acc, "sdr"), acc)).toBe("ready");
    await page.evaluate(async () => {
      const sdk = goalpostTest.sdk();
      const agreement = await sdk.agreeMetric("meetings-booked", { baseline: 3 });
      await sdk.logProgress({ agreementId: agreement.id, value: 4 });
    });
    await page.waitForFunction(() => goalpostTest.sdk().pending.value === 0);
    expect(await page.evaluate((acc) => goalpostTest.stored(acc), acc)).toEqual({
      agreements: 1,
      measurements: 1,
    });

    // Offline: the entry waits in the outbox (localStorage), then the page reloads.
    await page.evaluate(async () => {
      goalpostTest.offline(true);
      const sdk = goalpostTest.sdk();
      const [view] = sdk.agreements.value;
      await sdk.logProgress({ agreementId: view?.agreement.id ?? "", value: 5 });
    });
    expect(await page.evaluate(() => goalpostTest.sdk().pending.value)).toBe(1);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });

    // The mock's database survived in localStorage; the outbox sends what waited, once.
    expect(await page.evaluate((acc) => goalpostTest.stored(acc), acc)).toEqual({
      agreements: 1,
      measurements: 1,
    });
    await page.evaluate((acc) => goalpostTest.start(acc, "sdr"), acc);
    await page.waitForFunction(() => goalpostTest.sdk().pending.value === 0);
    expect(await page.evaluate((acc) => goalpostTest.stored(acc), acc)).toEqual({
      agreements: 1,
      measurements: 2,
    });
    const current = await page.evaluate(
      () => goalpostTest.sdk().agreements.value[0]?.current?.value,
    );
    expect(current).toBe(5);
    expect(errors).toEqual([]);
  }, 60_000);
});
