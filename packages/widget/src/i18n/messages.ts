import { progress } from "./messages/progress.ts";
import { setup } from "./messages/setup.ts";
import { shell } from "./messages/shell.ts";
import { valueCheck } from "./messages/valueCheck.ts";

/**
 * Every text the widget shows, in English. Hosts translate by passing `messages` (any subset)
 * and a `locale`; `{name}` placeholders are filled in by `t()`.
 */
export const en = { ...shell, ...setup, ...progress, ...valueCheck } as const;

/** The widget's texts, by key. */
export type Messages = { [K in keyof typeof en]: string };
export type MessageKey = keyof Messages;
