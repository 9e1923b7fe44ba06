import { type AgreementView, actionItems } from "@goalpost/core";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { currentEntry } from "./currentEntry.ts";
import { GoalProgress } from "./GoalProgress.tsx";
import { HistoryChart } from "./HistoryChart.tsx";
import { HistoryList } from "./HistoryList.tsx";
import { NextStep } from "./NextStep.tsx";
import { sourceText } from "./sourceText.ts";

/**
 * One agreed metric at a glance: baseline → now → target with their sources, the gain since the
 * baseline (a regression said in words and colour), goal progress from the goal's start, time
 * left, a check-in when one is due, the history, and the next step for its stage. "Now" is the
 * latest entry: with none since the baseline there is no "now" and no gain to tell.
 */
export function MetricCard({ view }: { view: AgreementView }) {
  const { goalpost, t, format } = useWidget();
  const time = goalpost.time.value;
  const id = useId();
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A control the card takes away as it changes (its next step, once a goal is reached) would
  // leave focus on nothing: the card's heading takes it. Asked before this render commits.
  const hadFocus = holdsFocus(card.current);
  useLayoutEffect(() => {
    if (hadFocus && !holdsFocus(card.current)) heading.current?.focus();
  });
  const { metric, agreement, goal } = view;
  const base = agreement.baseline;
  const now = currentEntry(view);
  const gain = now && view.gain;
  const shown = goal ?? view.lastGoal;
  const target = shown?.status === "abandoned" ? undefined : shown?.target;
  // Percent and scale metrics move in points: 34 % → 60 % is +26 points, not "+26 %".
  const change = base && now ? format.change(metric, now.value - base.value) : "";
  const checkIn = actionItems([view], new Date(time).toISOString()).find(
    (i) => i.kind === "check-in",
  );

  return (
    <article ref={card} class="gp-card gp-metric" aria-labelledby={id}>
      <h4 id={id} ref={heading} tabIndex={-1}>
        {metric.name}
      </h4>
      {base && (
        <dl class="gp-figures">
          <div>
            <dt>{t("figureBaseline")}</dt>
            <dd>{format.value(metric, base.value)}</dd>
            <dd class="gp-muted">{sourceText(t, metric, base)}</dd>
          </div>
          <div>
            <dt>{t("figureNow")}</dt>
            {now ? (
              <>
                <dd>{format.value(metric, now.value, target)}</dd>
                <dd class="gp-muted">
                  {sourceText(t, metric, now)}, {format.fromNow(now.at, time)}
                </dd>
              </>
            ) : (
              <dd class="gp-muted">{t("nowNone")}</dd>
            )}
          </div>
          <div>
            <dt>{t("figureTarget")}</dt>
            <dd>
              {target === undefined ? t("noTarget") : format.value(metric, target, now?.value)}
            </dd>
          </div>
        </dl>
      )}
      {gain && (
        <p class={gain.absolute > 0 ? "gp-good" : gain.absolute < 0 ? "gp-bad" : "gp-muted"}>
          {gain.absolute === 0
            ? t("gainNone")
            : t(gain.absolute > 0 ? "gainBetter" : "gainWorse", { change })}
        </p>
      )}
      <GoalProgress view={view} />
      {goal && (
        <p class="gp-muted">
          {t("dueIn", { when: format.fromNow(goal.dueAt, time), date: format.date(goal.dueAt) })}
        </p>
      )}
      {goal && checkIn?.kind === "check-in" && (
        <p class="gp-notice">
          {checkIn.reason === "end-assessment"
            ? t("checkInEnd", { date: format.date(goal.dueAt) })
            : t("checkInEntry", { when: format.fromNow(goal.dueAt, time) })}
        </p>
      )}
      <HistoryChart view={view} />
      <HistoryList view={view} describedBy={id} />
      <NextStep view={view} describedBy={id} />
    </article>
  );
}

/** Whether the focused element of the page (or of the widget's shadow root) is in `element`. */
function holdsFocus(element: HTMLElement | null): boolean {
  const focused = (element?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
  return !!focused && !!element?.contains(focused);
}
