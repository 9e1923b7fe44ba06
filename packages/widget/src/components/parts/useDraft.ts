import { useRef, useState } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

type Fields = Record<string, unknown>;

/** Whether a stored value is of the same kind as the form's own (a damaged draft is ignored). */
const sameKind = (stored: unknown, own: unknown) =>
  Array.isArray(own)
    ? Array.isArray(stored)
    : own === undefined // not chosen yet: a chosen number or text
      ? typeof stored === "number" || typeof stored === "string"
      : typeof stored === typeof own && stored !== null;

/**
 * A form's fields, kept as the user's draft: restored when the form appears again (after Close,
 * Escape, another screen, a reload), stored on every change. `form` names the form and what it
 * acts on ("goal:agr_1"); `check` tidies what was restored (drops what no longer applies).
 * Returns the fields, a setter for some of them, and `discard` for when the form was saved.
 * @example
 * const [draft, update, discard] = useDraft(`log:${id}`, () => ({ text: "", note: "" }));
 */
export function useDraft<T extends Fields>(
  form: string,
  initial: () => T,
  check: (restored: T) => T = (restored) => restored,
) {
  const { ui } = useWidget();
  const fields = useRef<T | null>(null);
  if (!fields.current) {
    const own = initial();
    const stored = ui.drafts.get(form) ?? {};
    for (const name of Object.keys(own) as (keyof T & string)[]) {
      if (sameKind(stored[name], own[name])) own[name] = stored[name] as T[keyof T & string];
    }
    fields.current = check(own);
  }
  const [, rerender] = useState(0);
  const update = (change: Partial<T>) => {
    fields.current = { ...(fields.current as T), ...change };
    ui.drafts.set(form, fields.current);
    rerender((n) => n + 1);
  };
  const discard = () => ui.drafts.clear(form);
  return [fields.current, update, discard] as const;
}
