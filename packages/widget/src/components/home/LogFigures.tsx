import type { AgreementView } from "@goalpost/core";
import { useWidget } from "../WidgetContext.ts";
import { currentEntry } from "./currentEntry.ts";
import { sourceText } from "./sourceText.ts";

/**
 * Where the user stands before logging: the current value (their last entry, or their baseline
 * when nothing was logged since), the target and its date, and the last entry when it is not
 * the current value (a baseline set again after it).
 */
export function LogFigures({ view }: { view: AgreementView }) {
  const { t, format } = useWidget();
  const { metric, agreement, current, history } = view;
  const shown = view.goal ?? view.lastGoal;
  const goal = shown?.status === "abandoned" ? undefined : shown;
  const entry = currentEntry(view);
  const last = history[0];
  const base = agreement.baseline;
  if (!current) return null;
  return (
    <dl class="gp-figures">
      <div>
        <dt>{t("figureNow")}</dt>
        <dd>{format.value(metric, current.value, goal?.target)}</dd>
        <dd class="gp-muted">
          {entry
            ? t("nowLastEntry", {
                date: format.date(entry.at),
                source: sourceText(t, metric, entry),
              })
            : t("nowBaseline", { date: format.date(base?.at ?? current.at) })}
        </dd>
      </div>
      <div>
        <dt>{t("figureTarget")}</dt>
        <dd>{goal ? format.value(metric, goal.target, current.value) : t("noTarget")}</dd>
        {goal && <dd class="gp-muted">{t("targetBy", { date: format.date(goal.dueAt) })}</dd>}
      </div>
      {last && !entry && (
        <div>
          <dt>{t("figureLast")}</dt>
          <dd>{format.value(metric, last.value, goal?.target)}</dd>
          <dd class="gp-muted">
            {format.date(last.at)}, {sourceText(t, metric, last)}
          </dd>
        </div>
      )}
    </dl>
  );
}
