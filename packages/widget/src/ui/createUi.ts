import { signal } from "@preact/signals";
import { createDrafts, type Drafts } from "./createDrafts.ts";

/** The screens of the panel; most act on one agreement (or one metric, before it is agreed). */
export type Screen =
  | { name: "home" }
  | { name: "agree" }
  | { name: "maturity"; agreementId: string }
  | { name: "baseline"; agreementId: string }
  | { name: "goal"; agreementId: string }
  /** `change: "baseline"` arrives with the baseline's correction open (a dead end's way out). */
  | { name: "log"; agreementId: string; change?: "baseline" }
  | { name: "elements"; agreementId: string };

/** UI-only state, made once per widget (never in render). */
export function createUi(open = false, drafts: Drafts = createDrafts()) {
  return {
    open: signal(open),
    screen: signal<Screen>({ name: "home" }),
    /** The latest polite announcement for the live region. */
    announcement: signal(""),
    /** What the user typed and has not saved yet, per form. */
    drafts,
    /** Goes up when another user signs in: the panel's tree is made anew for them. */
    generation: signal(0),
  };
}

export type Ui = ReturnType<typeof createUi>;
