import type { Locator, Page } from "playwright-core";

/** How to bring the widget to one of its main states, from a fresh host page. */
export interface WidgetState {
  /** One line: what the state shows. */
  title: string;
  /** The demo user to sign in as. */
  user: string;
  /** Whether the panel starts open. */
  open: boolean;
  /** A window size of its own (a phone's, say); otherwise the caller's. */
  viewport?: { width: number; height: number };
  /**
   * Brings the panel to the state through the UI (clicks and typing) and returns what best
   * shows it (scrolled into view in the panel), once it is on screen.
   */
  reach(page: Page): Promise<Locator>;
}

/** The widget's panel (Playwright's CSS engine pierces the open shadow root). */
export const panelOf = (page: Page): Locator => page.locator("#gp-panel");

const button = (scope: Page | Locator, name: string) =>
  scope.getByRole("button", { name, exact: true });

/** The home card of one agreed metric. */
const card = (page: Page, metric: string) =>
  panelOf(page).locator("article", {
    has: page.getByRole("heading", { name: metric, exact: true }),
  });

const heading = async (page: Page, name: string | RegExp) => {
  const found = panelOf(page).getByRole("heading", { name });
  await found.waitFor();
  return found;
};

/** Tom Becker (initech SDR, first run): the panel opens on step 1 of 3, then on. */
const toAgree = (page: Page) => heading(page, "Choose what to measure");
const toMaturity = async (page: Page) => {
  await toAgree(page);
  await page.getByRole("checkbox", { name: /Confidence in outreach/ }).check();
  await button(page, "Agree").click();
  return heading(page, "Where is your team today?");
};
const toBaseline = async (page: Page) => {
  await toMaturity(page);
  await page.getByRole("button", { name: /^Following warm visitors/ }).click();
  await heading(page, "Set your first goal: Confidence in outreach");
  await panelOf(page)
    .getByRole("radiogroup", { name: "Confidence in outreach today" })
    .getByRole("radio", { name: /^2 I manage if I have read up/ })
    .check();
  return panelOf(page).locator("fieldset.gp-likert").first();
};

/**
 * Nadia Haddad (initech marketer, first run), whose product recorded her ICP fit before she
 * agreed the metric: step 3 offers it as her starting point.
 */
const toOffer = async (page: Page) => {
  await page.evaluate(() =>
    (window as unknown as { Goalpost: (...args: unknown[]) => void }).Goalpost(
      "record",
      "icp-fit-rate",
      42,
    ),
  );
  await toAgree(page);
  await page.getByRole("checkbox", { name: "ICP fit rate" }).check();
  await button(page, "Agree").click();
  await heading(page, "Where is your team today?");
  await page.getByRole("button", { name: /^Filtering for fit/ }).click();
  await heading(page, "Set your first goal: ICP fit rate");
  const offer = page.getByRole("button", { name: /^Use 42% from Beacon visitor list/ });
  await offer.click();
  return offer;
};

/** The main states, in the order a user meets them; keys name the screenshot files. */
export const widgetStates = {
  launcher: {
    title: "the floating launcher on the host page, panel closed",
    user: "ana.torres",
    open: false,
    reach: async (page) => page.locator(".gp-launcher"),
  },
  home: {
    title: "home with history: baseline → now → target, gain, goal progress, history chart",
    user: "ana.torres",
    open: true,
    reach: (page) => heading(page, "Your metrics"),
  },
  agree: {
    title: "first run, step 1 of 3: the metrics suggested for the role, why and how on request",
    user: "tom.becker",
    open: true,
    reach: toAgree,
  },
  maturity: {
    title: "first run, step 2 of 3: the team's level, chosen in one press",
    user: "tom.becker",
    open: true,
    reach: toMaturity,
  },
  baseline: {
    title:
      "first run, step 3 of 3: the starting point on its anchored Likert scale and the first goal",
    user: "tom.becker",
    open: true,
    reach: toBaseline,
  },
  offer: {
    title: "first run, step 3 of 3: the product's latest value offered as the starting point",
    user: "nadia.haddad",
    open: true,
    reach: toOffer,
  },
  goal: {
    title:
      "goal setup: suggested target with its expected gain; opened on request, the due date, changes, actions, help",
    user: "marcus.lee",
    open: true,
    reach: async (page) => {
      await button(card(page, "Qualified contacts per week"), "Set your goal").click();
      const shown = await heading(page, "Set your first goal: Qualified contacts per week");
      await panelOf(page)
        .getByText(/^Due .+: change the date, or plan how/)
        .click();
      await panelOf(page).getByLabel("Due date").waitFor();
      return shown;
    },
  },
  log: {
    title: "logging progress on a self-reported number with its unit and a note",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      return heading(page, "Log progress: Campaign setup time");
    },
  },
  implausible: {
    title: "an implausible entry: asked once before it is saved, Save anyway or Change it",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      await heading(page, "Log progress: Campaign setup time");
      await panelOf(page)
        .getByRole("textbox", { name: /Campaign setup time/ })
        .fill("1000");
      await button(page, "Save").click();
      const question = panelOf(page).getByRole("group", { name: /→ 1,000 hours\?$/ });
      await question.waitFor();
      return question;
    },
  },
  correct: {
    title:
      "correcting one's own entry on the log screen: value and note, Save correction or Cancel",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      await heading(page, "Log progress: Campaign setup time");
      await button(panelOf(page).locator(".gp-history li").first(), "Edit").click();
      const form = panelOf(page).getByRole("group", { name: /^Correct / });
      await form.waitFor();
      return form;
    },
  },
  deleteEntry: {
    title: "deleting an entry: asked once more, in place, before it goes",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      await heading(page, "Log progress: Campaign setup time");
      await button(panelOf(page).locator(".gp-history li").first(), "Delete").click();
      const question = panelOf(page).getByRole("group", { name: /^Delete / });
      await question.waitFor();
      return question;
    },
  },
  baselineChange: {
    title: "changing the baseline and the level later, from the metric's log screen",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      await heading(page, "Log progress: Campaign setup time");
      await button(page, "Change baseline").click();
      await button(page, "Change level").click();
      const changes = panelOf(page).getByRole("region", { name: "Baseline and level" });
      await changes.getByRole("button", { name: "Save level" }).waitFor();
      return changes;
    },
  },
  achieved: {
    title: "goal reached: the celebration and the invitation to set the next goal",
    user: "sam.okafor",
    open: true,
    reach: async (page) => {
      const metric = "Meetings booked per week";
      const target = await card(page, metric).locator("dt:text-is('Target') + dd").textContent();
      await button(card(page, metric), "Log progress").click();
      await panelOf(page)
        .getByRole("textbox", { name: metric })
        .fill(String(target?.match(/\d+(\.\d+)?/)?.[0]));
      await button(page, "Save").click();
      const celebration = card(page, metric).locator(".gp-celebration");
      await celebration.waitFor();
      return celebration;
    },
  },
  elements: {
    title: "value elements for the current goal: open a link or an in-app action, mark as done",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Your plan").click();
      return heading(page, "Your plan: Campaign setup time");
    },
  },
  stop: {
    title: "stopping the current goal: asked once more before it closes",
    user: "ana.torres",
    open: true,
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Your plan").click();
      await heading(page, "Your plan: Campaign setup time");
      await button(page, "Stop this goal").click();
      const confirm = button(page, "Stop the goal");
      await confirm.waitFor();
      return confirm;
    },
  },
  pulse: {
    title: "the value pulse on home: one question, 1–5 with labelled points, once value was seen",
    user: "sam.okafor",
    open: true,
    reach: async (page) => {
      const pulse = panelOf(page).getByRole("form", { name: /how much value do you get/ });
      await pulse.getByRole("radio", { name: /A lot of value/ }).check();
      await pulse.getByLabel("Anything to add? (optional)").waitFor();
      return pulse;
    },
  },
  sheet: {
    title:
      "on a phone (360 × 740): the panel as a full-height sheet, Close and the primary action in view",
    user: "ana.torres",
    open: true,
    viewport: { width: 360, height: 740 },
    reach: async (page) => {
      await button(card(page, "Campaign setup time"), "Log progress").click();
      return heading(page, "Log progress: Campaign setup time");
    },
  },
} satisfies Record<string, WidgetState>;

/** The name of a main state. */
export type WidgetStateName = keyof typeof widgetStates;
