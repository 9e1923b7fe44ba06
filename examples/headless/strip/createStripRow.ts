import type { AgreementView, Goalpost } from "@goalpost/core";
import { metricFormat } from "../shared/metricFormat.ts";
import { formatDay, timeLeft } from "../shared/timeLeft.ts";
import { createProgressForm } from "./createProgressForm.ts";
import { el } from "./el.ts";

/** One row of the strip, updated in place so an open form keeps what the user typed. */
export interface StripRow {
  element: HTMLLIElement;
  update(view: AgreementView): void;
}

/**
 * A compact row for one agreed metric: its name, the current value against the target, a
 * progress bar with an accessible label, and the time left. Self-reported and scale metrics
 * get a "Log progress" button that opens an inline form.
 */
export function createStripRow(goalpost: Goalpost, announce: (message: string) => void): StripRow {
  const row = el("li", "gp-row");
  const name = el("span", "gp-row__name");
  const source = el("span", "gp-row__source");
  const label = el("div", "gp-row__label");
  label.append(name, source);
  const current = el("span", "gp-row__current");
  const target = el("span", "gp-row__target");
  const values = el("div", "gp-row__values");
  values.append(current, target);
  const track = el("div", "gp-bar");
  const fill = el("div", "gp-bar__fill");
  track.append(fill);
  track.setAttribute("role", "progressbar");
  track.setAttribute("aria-valuemin", "0");
  track.setAttribute("aria-valuemax", "100");
  const when = el("span", "gp-row__when");
  const log = el("button", "gp-button gp-row__log", "Log progress");
  log.type = "button";
  log.setAttribute("aria-expanded", "false");

  let view: AgreementView | undefined;
  const form = createProgressForm(goalpost, {
    onDone(message) {
      log.setAttribute("aria-expanded", "false");
      log.focus();
      if (message) announce(message);
    },
  });
  log.setAttribute("aria-controls", form.element.id);
  log.addEventListener("click", () => {
    if (!view) return;
    if (form.element.hidden) {
      log.setAttribute("aria-expanded", "true");
      form.open(view);
    } else form.close();
  });
  row.append(label, values, track, when, log, form.element);

  return {
    element: row,
    update(next) {
      view = next;
      const { metric, goal, stage } = next;
      const show = (value: number) => metricFormat.value(metric, value);
      const pending = next.history[0]?.pending === true;
      row.dataset.stage = stage;
      name.textContent = metric.name;
      source.textContent = pending ? "not sent yet" : sourceText(next);
      source.classList.toggle("gp-row__source--pending", pending);
      current.textContent = next.current ? show(next.current.value) : "no value yet";
      target.textContent = goal ? `target ${show(goal.target)}` : stageText(next, show);

      // The active goal's progress; a row whose last goal was reached shows a full bar.
      const reached = stage === "achieved" && next.lastGoal !== undefined;
      track.hidden = !reached && (!goal || next.progress === null);
      const share = reached ? 1 : Math.min(1, Math.max(0, next.progress ?? 0));
      const percent = Math.round(share * 100);
      fill.style.width = `${percent}%`;
      track.setAttribute("aria-label", `${metric.name}: progress to target`);
      track.setAttribute("aria-valuenow", String(percent));
      const shown = goal ?? next.lastGoal;
      if (shown) {
        const now = next.current ? show(next.current.value) : "no value";
        track.setAttribute(
          "aria-valuetext",
          reached
            ? `target ${show(shown.target)} reached`
            : `${percent} %: ${now} of a goal from ${show(shown.startValue)} to ${show(shown.target)}`,
        );
      }
      when.textContent = goal ? timeLeft(goal.dueAt) : "";
      when.title = goal ? `due ${formatDay(goal.dueAt)}` : "";
      if (reached && next.lastGoal?.achievedAt) {
        when.textContent = `reached ${formatDay(next.lastGoal.achievedAt)}`;
      }

      const canLog =
        next.agreement.status === "agreed" &&
        (metric.collection === "self" || metric.collection === "scale");
      log.hidden = !canLog;
      if (!canLog) form.close();
    },
  };
}

/** Where the values come from, for metrics the user does not log by hand. */
function sourceText({ metric }: AgreementView): string {
  switch (metric.collection) {
    case "app":
    case "integration":
      return `from ${metric.dataSource}`;
    case "scale":
      return "self-assessed";
    case "self":
      return "logged by you";
  }
}

/** What the row says in place of a target when there is no active goal. */
function stageText(view: AgreementView, show: (value: number) => string): string {
  switch (view.stage) {
    case "needs-baseline":
      return "needs a starting value";
    case "achieved":
      return view.lastGoal ? `target ${show(view.lastGoal.target)} ✓` : "target reached";
    case "missed":
      return view.lastGoal ? `missed ${show(view.lastGoal.target)}` : "last goal missed";
    case "needs-goal":
      return view.suggestion ? `next goal: ${show(view.suggestion.target)}?` : "no goal yet";
    default:
      return "";
  }
}
