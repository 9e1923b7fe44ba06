import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterEach } from "vitest";

/** Where failing tests leave their screenshots: git-ignored (test-results/ in .gitignore). */
export const screenshotDir = fileURLToPath(new URL("../../../test-results/e2e/", import.meta.url));

/** A file name from a test's name: letters, digits, dots and dashes only. */
const fileName = (name: string) =>
  name
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 150);

/**
 * Keeps a full-page PNG of every page open in `browser()` when a test of this file fails:
 * `test-results/e2e/<file>-<describe>-<test name>[-<n>].png`. Call once at the top of an e2e test file.
 *
 * An `afterEach` hook rather than `onTestFailed`: vitest runs `onTestFinished` callbacks (where
 * the tests close their browser contexts) before `onTestFailed` ones, when the pages are gone.
 */
export function keepFailureScreenshots(browser: () => Browser | undefined): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== "fail") return;
    const pages =
      browser()
        ?.contexts()
        .flatMap((context) => context.pages()) ?? [];
    if (pages.length === 0) return;
    mkdirSync(screenshotDir, { recursive: true });
    const base = fileName(task.fullName); // "file.test.ts > describe > test"
    await Promise.all(
      pages.map((page, i) =>
        page
          .screenshot({
            path: `${screenshotDir}${base}${pages.length > 1 ? `-${i + 1}` : ""}.png`,
            fullPage: true,
            timeout: 10_000,
          })
          .catch((error: Error) =>
            console.warn(`no screenshot of ${page.url()}: ${error.message}`),
          ),
      ),
    );
  });
}
