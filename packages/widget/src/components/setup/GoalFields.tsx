import type { Metric, ValueElement } from "@goalpost/core";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";
import { fromDateInput, toDateInput } from "./dateInput.ts";
import { Field } from "./Field.tsx";
import { type ActionRow, actionRow, GoalActions } from "./GoalActions.tsx";
import { ValueElementChoices } from "./ValueElementChoices.tsx";
import { ValueInput } from "./ValueInput.tsx";

/** The goal's fields besides its target, as a form keeps them in its draft. */
export interface GoalPlan {
  /** The due date as the date field writes it (YYYY-MM-DD). */
  due: string;
  changes: string;
  rows: ActionRow[];
  /** Ids of the value elements chosen to help. */
  elements: string[];
}

/** Props of {@link GoalFields}. */
export interface GoalFieldsProps {
  metric: Metric;
  /** Where the goal starts: a scale's target offers only the points better than it. */
  from: number | undefined;
  /** The target as typed (or as suggested). */
  target: string;
  onTarget(text: string): void;
  /** The target's description: how much better it is than the start. */
  gain: string;
  plan: GoalPlan;
  onPlan(change: Partial<GoalPlan>): void;
  /** The value elements that can help with this metric. */
  elements: readonly ValueElement[];
  /** The problem at a field's path, from `useSave`. */
  at(...path: (string | number)[]): string | undefined;
}

/**
 * A goal's fields: the target with its expected gain, then behind a disclosure that says when the
 * goal is due, the due date and the plan (what will change, actions, the value elements to use).
 * The disclosure is open when the plan has something in it and whenever one of its fields has a
 * problem. A scale's target offers the points better than where the goal starts.
 */
export function GoalFields(props: GoalFieldsProps) {
  const { metric, from, target, onTarget, gain, plan, onPlan, elements, at } = props;
  const { t, format } = useWidget();
  const details = useRef<HTMLDetailsElement>(null);
  const [planned] = useState(
    () => plan.changes.trim() !== "" || plan.rows.length > 0 || plan.elements.length > 0,
  );
  const planProblem =
    at("dueAt") ?? at("changes") ?? plan.rows.map((_, i) => at("actions", i)).find(Boolean);
  // Before the form focuses the first field with a problem (its layout effect runs after this).
  useLayoutEffect(() => {
    if (planProblem && details.current) details.current.open = true;
  }, [planProblem]);

  const better = (value: number) =>
    from === undefined || (metric.direction === "increase" ? value > from : value < from);
  const scale = metric.scale && {
    ...metric.scale,
    points: metric.scale.points.filter((p) => better(p.value)),
  };
  const due = fromDateInput(plan.due, new Date().toISOString());

  return (
    <>
      {metric.scale && from === undefined ? (
        // A scale's points wait for the start: only those better than it can be the target.
        <div class="gp-field">
          <strong>{t("goalTarget")}</strong>
          <p class="gp-muted">{gain}</p>
        </div>
      ) : (
        <ValueInput
          metric={scale ? { ...metric, scale } : metric}
          label={t("goalTarget")}
          description={gain}
          text={target}
          onInput={onTarget}
          error={at("target")}
        />
      )}
      <details ref={details} class="gp-more" open={planned}>
        <summary>{t("goalPlan", { date: due ? format.date(due) : "—" })}</summary>
        <div class="gp-stack">
          <Field
            label={t("goalDue")}
            hint={t("goalDueHint", { days: metric.periodDays })}
            error={at("dueAt")}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                class="gp-input"
                min={toDateInput(new Date().toISOString())}
                value={plan.due}
                onInput={(event) => onPlan({ due: event.currentTarget.value })}
              />
            )}
          </Field>
          <Field label={t("goalChanges")} hint={t("goalChangesHint")} error={at("changes")}>
            {(control) => (
              <textarea
                {...control}
                class="gp-textarea"
                rows={3}
                value={plan.changes}
                onInput={(event) => onPlan({ changes: event.currentTarget.value })}
              />
            )}
          </Field>
          <GoalActions
            rows={plan.rows}
            onChange={(rows) => onPlan({ rows })}
            error={(i) => at("actions", i, "title")}
          />
          <ValueElementChoices
            elements={elements}
            chosen={plan.elements}
            onChange={(chosen) => onPlan({ elements: chosen })}
          />
        </div>
      </details>
    </>
  );
}

/**
 * A plan restored from a draft: action rows made anew (with keys of this page), rows that are
 * not a title and an owner dropped, and value elements that no longer apply left out.
 */
export function restorePlan<T extends GoalPlan>(restored: T, elements: readonly ValueElement[]): T {
  return {
    ...restored,
    rows: restored.rows.flatMap((row: unknown) => {
      const { title, owner } = (row ?? {}) as Partial<ActionRow>;
      return typeof title === "string" && (owner === "customer" || owner === "vendor")
        ? [actionRow(title, owner)]
        : [];
    }),
    elements: restored.elements.filter((id) => elements.some((v) => v.id === id)),
  };
}

/** What `setGoal` takes of a plan: what will change (when said), the actions, the help chosen. */
export function planInput(plan: GoalPlan) {
  const said = plan.changes.trim();
  return {
    ...(said ? { changes: said } : {}),
    actions: plan.rows.map(({ title, owner }) => ({ title, owner })),
    valueElementIds: plan.elements,
  };
}

/** The problem paths of a goal's fields, for the problems that belong to none of them. */
export const goalPaths = (rows: readonly ActionRow[]): (string | number)[][] => [
  ["target"],
  ["dueAt"],
  ["changes"],
  ...rows.map((_, i) => ["actions", i, "title"]),
];
