import type { AgreementView } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

/**
 * Goal progress as a labelled progress bar. The bar stays within 0–100 %; the text (shown and
 * read as the bar's value) gives the real figure, below zero or past the target included, and
 * says what it counts from: the goal's start value and date, which need not be the baseline.
 * The percentage is rounded down, so it never says the target is reached before it is.
 */
export function GoalProgress({ view }: { view: AgreementView }) {
  const { t, format } = useWidget();
  const id = useId();
  const { goal, metric, progress } = view;
  if (!goal || progress === null) return null;
  const text = t(progress < 0 ? "progressBehind" : "progressText", {
    percent: format.progress(progress),
    start: format.value(metric, goal.startValue, goal.target),
    target: format.value(metric, goal.target, goal.startValue),
    date: format.date(goal.startAt),
  });
  return (
    <div class="gp-field">
      <label for={id}>{t("progressLabel")}</label>
      <progress
        id={id}
        class="gp-progress"
        max={100}
        value={Math.min(1, Math.max(0, progress)) * 100}
        aria-valuetext={text}
      />
      <p class={progress < 0 ? "gp-bad" : "gp-muted"}>{text}</p>
    </div>
  );
}
