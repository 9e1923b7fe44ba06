/**
 * Screenshots of the widget's main states, light and dark, into docs/screenshots/ with a README
 * listing them (`pnpm screenshots`). Builds the widget's script-tag file (with the core), then
 * serves the test host page (test/e2e/widget: the snippet over the mock backend's service
 * worker) and reaches each state through the UI in Debian's Chromium. `--no-build` skips the
 * build. Not a test: it asserts nothing beyond reaching each state.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";
import {
  openWidgetPage,
  serveWidgetPage,
  type WidgetSite,
} from "../test/e2e/support/widgetPage.ts";
import {
  panelOf,
  type WidgetState,
  type WidgetStateName,
  widgetStates,
} from "../test/e2e/support/widgetStates.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const themes = ["light", "dark"] as const;
/** Room for the 420 px wide panel and its launcher; the panel is at most 680 px high. */
const viewport = { width: 460, height: 800 };

if (!process.argv.includes("--no-build")) {
  execFileSync("pnpm", ["--filter", "@goalpost/widget...", "build"], {
    cwd: root,
    stdio: "inherit",
  });
}
mkdirSync(outDir, { recursive: true });
const site = await serveWidgetPage();
const browser = await launchChromium();
const jobs = Object.keys(widgetStates).flatMap((state) =>
  themes.map((theme) => ({ state: state as WidgetStateName, theme })),
);
const written: string[] = [];
try {
  // Four pages at a time: each has its own context, service worker and mock backend.
  const next = async (): Promise<void> => {
    const job = jobs.shift();
    if (!job) return;
    written.push(await shoot(browser, site, job.state, job.theme));
    return next();
  };
  await Promise.all([next(), next(), next(), next()]);
} finally {
  await browser.close();
  await site.close();
}
writeFileSync(`${outDir}README.md`, readme());
for (const file of written.sort()) {
  console.log(`${file}  ${(statSync(`${outDir}${file}`).size / 1024).toFixed(1)} kB`);
}

/** Opens a host page, brings the widget to `state` and writes `<state>-<theme>.png`. */
async function shoot(
  browser: Browser,
  site: WidgetSite,
  state: WidgetStateName,
  theme: (typeof themes)[number],
): Promise<string> {
  const { user, open, reach, viewport: own } = widgetStates[state] as WidgetState;
  const { page, context, errors } = await openWidgetPage(
    browser,
    site,
    { user, open, theme },
    { viewport: own ?? viewport, deviceScaleFactor: 1 },
  );
  try {
    const shown = await reach(page);
    await shown.scrollIntoViewIfNeeded();
    const file = `${state}-${theme}.png`;
    const path = `${outDir}${file}`;
    if (state === "launcher") await shootAround(page, path);
    else if (own)
      await page.screenshot({ path, animations: "disabled" }); // the whole phone
    else await panelOf(page).screenshot({ path, animations: "disabled" });
    if (errors.length) throw new Error(`${file}: the page reported ${errors.join("; ")}`);
    return file;
  } finally {
    await context.close();
  }
}

/** The launcher with some of the host page around it. */
async function shootAround(page: Page, path: string): Promise<void> {
  const box = await page.locator(".gp-launcher").boundingBox();
  if (!box) throw new Error("the launcher is not on screen");
  const clip = { x: viewport.width - 320, y: viewport.height - 160, width: 320, height: 160 };
  if (box.x < clip.x || box.y < clip.y) throw new Error("the launcher moved: adjust the clip");
  await page.screenshot({ path, clip, animations: "disabled" });
}

function readme(): string {
  const rows = Object.entries(widgetStates).map(
    ([state, { title, user }]) =>
      `| ${themes.map((theme) => `[${theme}](${state}-${theme}.png)`).join(" · ")} | ${title} (as \`${user}\`) |`,
  );
  return `# Widget screenshots

The widget's main states in its light and dark themes, taken in Chromium from the built
script-tag file (\`packages/widget/dist/goalpost.js\`) embedded by its snippet in a host page
over the mock backend (demo users from \`packages/demo-data/src/demoUsers.ts\`). Each
image is the panel at 1× (the launcher image: the page's lower-right corner), named
\`<state>-<theme>.png\`.

| images | what it shows |
| ------ | ------------- |
${rows.join("\n")}

Regenerate them all with \`pnpm screenshots\` (it builds the widget first; \`pnpm screenshots
--no-build\` uses the current build). It needs Chromium at \`/usr/bin/chromium\` or
\`CHROMIUM_PATH\`. The states are reached through the UI as \`test/e2e/support/widgetStates.ts\`
describes; the same states are checked with axe-core in \`test/e2e/axe.test.ts\`. Dates and
"time left" are relative to the day they were taken.
`;
}
