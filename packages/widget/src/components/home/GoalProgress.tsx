import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

/**
 * Goal progress as a labelled progress bar. The bar stays within 0–100 %; the text (shown and
 * read as the bar's value) gives the real figure, below zero or past the target included.
 */
export function GoalProgress({ progress }: { progress: number }) {
  const { t, format } = useWidget();
  const id = useId();
  const percent = format.percent(progress);
  const text = t(progress < 0 ? "progressBehind" : "progressText", { percent });
  return (
    <div class="gp-field">
      <label for={id}>{t("progressLabel")}</label>
      <progress
        id={id}
        class="gp-progress"
        max={100}
        value={Math.round(Math.min(1, Math.max(0, progress)) * 100)}
        aria-valuetext={text}
      />
      <p class={progress < 0 ? "gp-bad" : "gp-muted"}>{text}</p>
    </div>
  );
}
