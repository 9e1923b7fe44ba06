/**
 * Screenshots of the console's main states into docs/screenshots/console/ with a README listing
 * them (`pnpm screenshots:console`, after `pnpm build`): the built goalpost-mock serves the
 * console at /console/, signed in with a console link, in Debian's Chromium at 1440 and 360 px,
 * light and dark. Not a test: it asserts nothing beyond reaching each state.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { signConsoleToken } from "../packages/backend/src/auth/consoleToken.ts";
import { startMockBackend } from "../test/contract/support/startMockBackend.ts";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";

const outDir = fileURLToPath(new URL("../docs/screenshots/console/", import.meta.url));

interface Shot {
  file: string;
  what: string;
  width: number;
  scheme: "light" | "dark";
  /** Brings the page to the state; the default waits for the accounts. */
  reach?: (page: Page) => Promise<void>;
  token?: () => Promise<string>;
  fullPage?: boolean;
}

const rows = (page: Page) => page.locator("goalpost-console tbody tr").first().waitFor();
const shots: Shot[] = [
  {
    file: "overview-light.png",
    what: "the whole console, 1440 px",
    width: 1440,
    scheme: "light",
    fullPage: true,
  },
  {
    file: "overview-dark.png",
    what: "the whole console, dark",
    width: 1440,
    scheme: "dark",
    fullPage: true,
  },
  {
    file: "at-risk-light.png",
    what: "accounts filtered to the roles at risk, sorted by last entry",
    width: 1440,
    scheme: "light",
    reach: async (page) => {
      await rows(page);
      await page.getByLabel("State").selectOption("at-risk");
      await page.getByRole("button", { name: /^Last entry/ }).click();
      await page.getByText(/latest entry first\.$/).waitFor();
      await page.getByRole("heading", { name: "Accounts", exact: true }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: "trend-light.png",
    what: "a role's KPIs with its trend by month open",
    width: 1440,
    scheme: "light",
    reach: async (page) => {
      await rows(page);
      await page.getByText("Trend by month").first().click();
    },
  },
  { file: "narrow-light.png", what: "at 360 px", width: 360, scheme: "light", fullPage: true },
  { file: "narrow-dark.png", what: "at 360 px, dark", width: 360, scheme: "dark", fullPage: true },
  {
    file: "expired-light.png",
    what: "an expired link: what happened and how to get a new one",
    width: 1440,
    scheme: "light",
    token: () =>
      signConsoleToken(
        { sub: "dana", name: "Dana Whit", exp: Math.floor(Date.now() / 1000) - 60 },
        "demo-admin-key",
      ),
    reach: (page) => page.getByRole("alert").waitFor(),
  },
];

mkdirSync(outDir, { recursive: true });
const mock = await startMockBackend();
const browser: Browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.scheme,
    });
    const page = await context.newPage();
    const token = await (shot.token?.() ??
      signConsoleToken({ sub: "dana", name: "Dana Whit" }, "demo-admin-key"));
    await page.goto(`${mock.url}/console/#token=${token}`);
    await (shot.reach ?? rows)(page);
    await page.screenshot({ path: `${outDir}${shot.file}`, fullPage: shot.fullPage ?? false });
    console.log(`${shot.file}  ${(statSync(`${outDir}${shot.file}`).size / 1024).toFixed(1)} kB`);
    await context.close();
  }
} finally {
  await browser.close();
  await mock.stop();
}
writeFileSync(
  `${outDir}README.md`,
  `# Screenshots of the console

Made by \`pnpm screenshots:console\` (scripts/console-screenshots.ts) from the built
\`goalpost-mock\` and its seeded accounts: the console at \`/console/\`, signed in with a console
link, in Chromium.

${shots.map((s) => `- [${s.file}](${s.file}): ${s.what}`).join("\n")}
`,
);
