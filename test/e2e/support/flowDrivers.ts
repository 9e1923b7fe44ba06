import type { Locator, Page } from "playwright-core";
import { launcherOf } from "./demoPage.ts";
import { focused, named, tabTo } from "./keyboardFocus.ts";

/**
 * How a person works the widget: by mouse (clicks, and typing into fields it clicked) or by
 * keyboard alone (Tab, Enter, Space, arrows, typing). Controls are found by role and accessible
 * name, never by CSS class: what a person perceives is what the test uses.
 */
export interface FlowDriver {
  name: "mouse" | "keyboard";
  /** Opens the panel from the launcher ("Your goals"). */
  openPanel(page: Page): Promise<void>;
  /**
   * Waits until the panel shows the screen titled `title`, and for the keyboard until the
   * heading named `focusOn` has focus, as the widget moves it there (a screen's own heading
   * after a move, the panel's when it opens): keys pressed before that would go astray.
   */
  arrive(page: Page, title: string, focusOn?: string): Promise<void>;
  /** Presses the button named `name` (exactly), within `scope` by mouse. */
  press(page: Page, name: string, scope?: Locator): Promise<void>;
  /** Ticks the checkbox whose name starts with `name`. */
  tick(page: Page, name: string): Promise<void>;
  /** Picks the radio button whose name starts with `name` in the screen's only radio group. */
  pick(page: Page, name: string): Promise<void>;
  /** Presses the button whose name starts with `name` (a choice that goes on, like a level). */
  choose(page: Page, name: string): Promise<void>;
  /** Replaces the text of the field labelled `label` (exactly; its unit may follow). */
  type(page: Page, label: string, text: string): Promise<void>;
  /** Reads the text of the field labelled `label` (exactly; its unit may follow), as pre-filled. */
  read(page: Page, label: string): Promise<string>;
}

const heading = (page: Page, title: string) =>
  page
    .getByRole("dialog", { name: "Your goals" })
    .getByRole("heading", { name: title, exact: true })
    .waitFor();

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const startsWith = (name: string) => new RegExp(`^${escaped(name)}`);
/** A number field's name: its label, then its unit when it has one ("Target hours"). */
const fieldName = (label: string) => new RegExp(`^${escaped(label)}( \\S.*)?$`);

/** Clicks and fills, as a mouse user does. */
export const byMouse: FlowDriver = {
  name: "mouse",
  openPanel: (page) => launcherOf(page).click(),
  arrive: heading,
  press: (page, name, scope) => (scope ?? page).getByRole("button", { name, exact: true }).click(),
  tick: (page, name) => page.getByRole("checkbox", { name: startsWith(name) }).check(),
  pick: (page, name) => page.getByRole("radio", { name: startsWith(name) }).check(),
  choose: (page, name) => page.getByRole("button", { name: startsWith(name) }).click(),
  type: (page, label, text) => page.getByRole("textbox", { name: fieldName(label) }).fill(text),
  read: (page, label) => page.getByRole("textbox", { name: fieldName(label) }).inputValue(),
};

/** Tab, Enter, Space, arrows and typing only: it never clicks. */
export const byKeyboard: FlowDriver = {
  name: "keyboard",
  async openPanel(page) {
    // The launcher is the page's last control: one Shift+Tab from the top of the page.
    await tabTo(page, named("button", "Your goals"), { key: "Shift+Tab", max: 3 });
    await page.keyboard.press("Enter");
  },
  async arrive(page, title, focusOn = title) {
    await heading(page, title);
    const deadline = Date.now() + 10_000;
    let now = await focused(page);
    while (!(/^h[23]$/.test(now.tag) && now.name === focusOn)) {
      if (Date.now() > deadline)
        throw new Error(`focus is on ${now.tag} "${now.name}", not "${focusOn}"`);
      await page.waitForTimeout(50);
      now = await focused(page);
    }
  },
  async press(page, name) {
    await tabTo(page, (f) => f.tag === "button" && f.name === name, { max: 40 });
    await page.keyboard.press("Enter");
  },
  async tick(page, name) {
    await tabTo(page, (f) => f.type === "checkbox" && f.name.startsWith(name));
    await page.keyboard.press("Space");
    if (!(await focused(page)).checked) throw new Error(`Space did not tick "${name}"`);
  },
  async pick(page, name) {
    let radio = await tabTo(page, (f) => f.type === "radio");
    for (let i = 0; i < 6 && !radio.name.startsWith(name); i++) {
      await page.keyboard.press("ArrowDown");
      radio = await focused(page);
    }
    if (!radio.name.startsWith(name)) throw new Error(`no radio button "${name}" by arrow keys`);
    if (!radio.checked) await page.keyboard.press("Space");
  },
  async choose(page, name) {
    await tabTo(page, (f) => f.tag === "button" && f.name.startsWith(name));
    await page.keyboard.press("Enter");
  },
  async type(page, label, text) {
    await tabTo(page, (f) => f.tag === "input" && fieldName(label).test(f.name));
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(text);
  },
  async read(page, label) {
    const field = await tabTo(page, (f) => f.tag === "input" && fieldName(label).test(f.name));
    return field.value ?? "";
  },
};
