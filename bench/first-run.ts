/**
 * How long a first goal takes, measured in Debian's Chromium on the built demo (examples/demo,
 * served as `pnpm demo` serves it): each demo role's first run, from the launcher to the first
 * goal set, once by mouse and once by keyboard, with a typed starting point and, where the
 * product holds one, the offered value. Prints per walk the screens, mouse presses, words shown
 * before the first action (and on all screens), the tallest screen in panel heights, and the Tab
 * and key presses; then checks the targets of issue 13: at most 3 screens, 6 presses by mouse and
 * 150 words before the first action. Not a test: it prints figures, and exits 1 when a target
 * is missed. Run `pnpm build` first, then `pnpm bench:first-run`.
 */
import type { Browser, Page } from "playwright-core";
import { callApi, launcherOf, openDemo, panelOf } from "../test/e2e/support/demoPage.ts";
import { focused, named, tabTo } from "../test/e2e/support/keyboardFocus.ts";
import { launchChromium } from "../test/e2e/support/launchChromium.ts";
import { roleJourneys } from "../test/e2e/support/roleJourneys.ts";
import { serveDemo } from "../test/e2e/support/serveDemo.ts";

/** One first run: who, which metric, and how the starting point is given. */
interface Walk {
  roleId: string;
  user: string;
  metricId: string;
  metric: string;
  maturity: string;
  /** Typed digits, the product's value offered ("Use …"), or the second point of a scale. */
  start: { typed: string } | "offer" | "scale";
  /** The seed has the metric agreed: retired through the API first, so the run is a first one. */
  retireFirst?: boolean;
}

const walks: Walk[] = roleJourneys.flatMap((j): Walk[] => {
  const typed: Walk = { ...j, start: { typed: j.baseline } };
  if (j.roleId === "digital-marketer") {
    const icp = { metricId: "icp-fit-rate", metric: "ICP fit rate", start: "offer" } as const;
    return [typed, { ...j, ...icp }];
  }
  if (j.roleId === "sdr") {
    const scale = { metricId: "outreach-confidence", metric: "Confidence in outreach" } as const;
    return [typed, { ...j, ...scale, start: "scale" }];
  }
  return [typed, { ...j, start: "offer" }];
});

/** What one walk took. */
interface Figures {
  screens: string[];
  presses: number;
  tabs: number;
  keys: number;
  wordsFirst: number;
  wordsAll: number;
  tallest: number;
  /** Which screen is the tallest (1–3). */
  tallestAt: number;
  source: string;
}

// Strings, not functions: tsx's name helpers do not exist in the page.
const counters = `
  window.firstRun = { on: false, presses: 0, keys: 0, tabs: 0 };
  addEventListener("mousedown", function (e) { if (e.isTrusted && firstRun.on) firstRun.presses++; }, true);
  addEventListener("keydown", function (e) {
    if (!e.isTrusted || !firstRun.on) return;
    firstRun.keys++;
    if (e.key === "Tab") firstRun.tabs++;
  }, true);
`;

/**
 * The words a person sees in the panel: rendered text (a closed disclosure shows its summary
 * only), screen-reader-only text left out; and how many panel heights the screen is tall.
 */
const screenFigures = `(function () {
  var panel = document.querySelector("[data-goalpost-widget]").shadowRoot.querySelector("#gp-panel");
  var walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  var words = 0;
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var parent = node.parentElement;
    if (!parent || parent.closest(".gp-sr-only") || !parent.checkVisibility()) continue;
    words += (node.data.match(/\\S+/g) || []).filter(function (w) { return /[\\p{L}\\p{N}]/u.test(w); }).length;
  }
  var body = panel.querySelector(".gp-panel-body");
  return { words: words, heights: body.scrollHeight / body.clientHeight };
})()`;

const counted = (page: Page) =>
  page.evaluate("window.firstRun") as Promise<{ presses: number; keys: number; tabs: number }>;
const setCounting = (page: Page, on: boolean) => page.evaluate(`window.firstRun.on = ${on}`);

/** Waits for a screen's heading (focused, for the keyboard) and notes what it shows. */
async function arrive(page: Page, title: string, seen: Figures, focus: boolean) {
  await panelOf(page).getByRole("heading", { name: title, exact: true }).waitFor();
  if (focus) {
    const deadline = Date.now() + 10_000;
    while ((await focused(page)).name !== title) {
      if (Date.now() > deadline) throw new Error(`focus did not reach "${title}"`);
      await page.waitForTimeout(20);
    }
  }
  if (title === "Your metrics") return;
  const { words, heights } = (await page.evaluate(screenFigures)) as {
    words: number;
    heights: number;
  };
  if (!seen.screens.length) seen.wordsFirst = words;
  seen.screens.push(title);
  seen.wordsAll += words;
  if (heights > seen.tallest) {
    seen.tallest = heights;
    seen.tallestAt = seen.screens.length;
  }
}

async function byMouse(page: Page, walk: Walk, seen: Figures) {
  const panel = panelOf(page);
  await launcherOf(page).click();
  await arrive(page, "Choose what to measure", seen, false);
  await panel.getByRole("checkbox", { name: walk.metric, exact: true }).click();
  await panel.getByRole("button", { name: "Agree", exact: true }).click();
  await arrive(page, "Where is your team today?", seen, false);
  await panel.getByRole("button", { name: new RegExp(`^${walk.maturity}`) }).click();
  await arrive(page, `Set your first goal: ${walk.metric}`, seen, false);
  if (walk.start === "offer") await panel.getByRole("button", { name: /^Use / }).click();
  else if (walk.start === "scale") {
    const today = panel.getByRole("radiogroup", { name: `${walk.metric} today` });
    await today.getByRole("radio", { name: /^2 / }).click();
  } else {
    await panel.getByRole("textbox", { name: new RegExp(`^${walk.metric} today`) }).click();
    await page.keyboard.type(walk.start.typed);
  }
  await panel.getByRole("button", { name: "Set goal", exact: true }).click();
  await arrive(page, "Your metrics", seen, false);
}

async function byKeyboard(page: Page, walk: Walk, seen: Figures) {
  await setCounting(page, false); // reaching the launcher depends on the host page
  await tabTo(page, named("button", "Your goals"), { key: "Shift+Tab", max: 5 });
  await setCounting(page, true);
  await page.keyboard.press("Enter");
  await arrive(page, "Choose what to measure", seen, false);
  while ((await focused(page)).tag !== "h2") await page.waitForTimeout(20);
  await tabTo(page, (f) => f.type === "checkbox" && f.name.startsWith(walk.metric));
  await page.keyboard.press("Space");
  await tabTo(page, named("button", "Agree"));
  await page.keyboard.press("Enter");
  await arrive(page, "Where is your team today?", seen, true);
  await tabTo(page, named("button", walk.maturity));
  await page.keyboard.press("Enter");
  await arrive(page, `Set your first goal: ${walk.metric}`, seen, true);
  if (walk.start === "offer") {
    await tabTo(page, named("button", "Use "));
    await page.keyboard.press("Enter");
  } else if (walk.start === "scale") {
    await tabTo(page, (f) => f.type === "radio"); // the first point
    await page.keyboard.press("ArrowRight");
  } else {
    await tabTo(page, (f) => f.tag === "input" && f.name.startsWith(`${walk.metric} today`));
    await page.keyboard.type(walk.start.typed);
  }
  await tabTo(page, named("button", "Set goal"), { max: 40 });
  await page.keyboard.press("Enter");
  await arrive(page, "Your metrics", seen, true);
}

type Session = {
  agreements: { id: string; metricId: string; status: string; baseline?: { source: string } }[];
  goals: { agreementId: string; status: string }[];
};

/** One walk in a fresh context with the demo data reset; checks the goal was really set. */
async function measure(browser: Browser, url: string, walk: Walk, how: "mouse" | "keyboard") {
  const { context, page, errors } = await openDemo(
    browser,
    { url, close: async () => {} },
    walk.user,
  );
  try {
    await page.evaluate(counters);
    if (walk.retireFirst) {
      const { agreements } = await callApi<Session>(page, "GET", "/v1/session");
      const seeded = agreements.find((a) => a.metricId === walk.metricId && a.status === "agreed");
      await callApi(page, "PATCH", `/v1/agreements/${seeded?.id}`, { body: { status: "retired" } });
      await page.reload();
      await page.evaluate("new Promise((resolve) => Goalpost('on', 'ready', () => resolve(true)))");
      await page.evaluate(counters);
    }
    const seen: Figures = {
      screens: [],
      presses: 0,
      tabs: 0,
      keys: 0,
      wordsFirst: 0,
      wordsAll: 0,
      tallest: 0,
      tallestAt: 0,
      source: "",
    };
    await setCounting(page, true);
    await (how === "mouse" ? byMouse : byKeyboard)(page, walk, seen);
    Object.assign(seen, await counted(page));
    const session = await callApi<Session>(page, "GET", "/v1/session");
    const agreement = session.agreements.find(
      (a) => a.metricId === walk.metricId && a.status === "agreed",
    );
    const goal = session.goals.find(
      (g) => g.agreementId === agreement?.id && g.status === "active",
    );
    if (!goal) throw new Error(`${walk.user}: no active goal on ${walk.metricId} after the walk`);
    seen.source = agreement?.baseline?.source ?? "none";
    if (errors.length) throw new Error(`${walk.user}: the page reported ${errors.join("; ")}`);
    return seen;
  } finally {
    await context.close();
  }
}

const limits = { screens: 3, presses: 6, wordsFirst: 150 };
const site = await serveDemo();
const browser = await launchChromium();
const rows: string[][] = [];
const missed: string[] = [];
try {
  for (const walk of walks) {
    const mouse = await measure(browser, site.url, walk, "mouse");
    const keys = await measure(browser, site.url, walk, "keyboard");
    const start = walk.start === "offer" ? "offered" : walk.start === "scale" ? "scale" : "typed";
    rows.push([
      walk.roleId,
      walk.user,
      `${walk.metric} (${start}, ${mouse.source})`,
      String(mouse.screens.length),
      String(mouse.presses),
      String(mouse.wordsFirst),
      String(mouse.wordsAll),
      `${mouse.tallest.toFixed(2)} (step ${mouse.tallestAt})`,
      String(keys.tabs),
      String(keys.keys),
    ]);
    for (const [name, limit] of Object.entries(limits) as [keyof typeof limits, number][]) {
      for (const [how, figures] of [
        ["mouse", mouse],
        ["keyboard", keys],
      ] as const) {
        const value = name === "screens" ? figures.screens.length : figures[name];
        if (name === "presses" && how === "keyboard") continue;
        if (value > limit)
          missed.push(`${walk.user} ${walk.metric} by ${how}: ${name} ${value} > ${limit}`);
      }
    }
    if (keys.screens.join() !== mouse.screens.join())
      missed.push(
        `${walk.user} ${walk.metric}: other screens by keyboard (${keys.screens.join(" → ")})`,
      );
  }
} finally {
  await browser.close();
  await site.close();
}

const head = [
  "role",
  "user",
  "metric (start, saved as)",
  "screens",
  "mouse presses",
  "words before 1st action",
  "words, all screens",
  "tallest screen (panels)",
  "Tabs",
  "key presses",
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(line(head));
console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
for (const row of rows) console.log(line(row));
console.log(
  `\nTargets: at most ${limits.screens} screens, ${limits.presses} presses by mouse (the launcher's included), ${limits.wordsFirst} words before the first action.`,
);
if (missed.length) {
  console.log(`Missed:\n  ${missed.join("\n  ")}`);
  process.exitCode = 1;
} else console.log("Met by every walk.");
