import type { AgreementView, HistoryEntry } from "@goalpost/core";

/**
 * The entry the view's current value comes from, or undefined when the current value is the
 * baseline itself (nothing logged since it was set): then there is no "now" apart from it.
 */
export function currentEntry(view: AgreementView): HistoryEntry | undefined {
  const { current, history } = view;
  return current && history.find((m) => m.at === current.at && m.value === current.value);
}
