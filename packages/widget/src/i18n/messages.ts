import { corrections } from "./messages/corrections.ts";
import { loader } from "./messages/loader.ts";
import { progress } from "./messages/progress.ts";
import { setup } from "./messages/setup.ts";
import { shell } from "./messages/shell.ts";
import { valueCheck } from "./messages/valueCheck.ts";

/**
 * Every text the widget shows, in English. Hosts translate by passing `messages` (any subset)
 * and a `locale`; `{name}` placeholders are filled in by `t()`.
 */
export const en = {
  ...shell,
  ...setup,
  ...progress,
  ...valueCheck,
  ...corrections,
  ...loader,
} as const;

/** Counted texts: `pointOne` and `pointOther` are the forms of `point`. */
export type PluralBase = keyof typeof en extends infer K
  ? K extends `${infer Base}Other`
    ? Base
    : never
  : never;

/**
 * The widget's texts, by key. A counted text may also come in the other forms a language's
 * plural rules have (`pointZero`, `pointTwo`, `pointFew`, `pointMany`); English needs none.
 */
export type Messages = { [K in keyof typeof en]: string } & {
  [K in `${PluralBase}${"Zero" | "Two" | "Few" | "Many"}`]?: string;
};
export type MessageKey = keyof typeof en;
