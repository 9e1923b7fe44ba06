import type { HistoryEntry, Metric } from "@goalpost/core";
import { useWidget } from "../WidgetContext.ts";
import { sourceText } from "./sourceText.ts";

/**
 * One entry as the history lists it: the value, its date, who produced it (or that it waits to
 * be sent), the period's phase, whether it was corrected, and its note. `id` names the line, for
 * the buttons that act on it.
 */
export function EntryText({
  metric,
  entry,
  id,
}: {
  metric: Metric;
  entry: HistoryEntry;
  id?: string;
}) {
  const { goalpost, t, format } = useWidget();
  return (
    <>
      <span id={id}>
        <strong>{format.value(metric, entry.value)}</strong>{" "}
        <span class="gp-muted">
          {format.date(entry.at)} · {sourceText(t, metric, entry, goalpost.user.value?.id)}
          {entry.phase && ` · ${t(entry.phase === "start" ? "phaseStart" : "phaseEnd")}`}
          {entry.correctedAt && !entry.pending && ` · ${t("entryCorrectedMark")}`}
        </span>
      </span>
      {entry.note && <p class="gp-muted">{entry.note}</p>}
    </>
  );
}
