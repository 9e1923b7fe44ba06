import type { Agreement } from "../contract/agreement.ts";
import type { Metric, Role, ValueElement } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import { currentValue } from "../math/currentValue.ts";
import { gainSinceBaseline } from "../math/gainSinceBaseline.ts";
import { goalProgress } from "../math/goalProgress.ts";
import { goalStatusAt } from "../math/goalStatus.ts";
import { suggestDueAt, suggestTarget } from "../math/suggestTarget.ts";
import type { AgreementStage, AgreementView, HistoryEntry } from "./types.ts";

/** What the views are built from. */
export interface ViewInput {
  role: Role;
  metrics: readonly Metric[];
  valueElements: readonly ValueElement[];
  agreements: readonly Agreement[];
  goals: readonly Goal[];
  history: ReadonlyMap<string, readonly HistoryEntry[]>;
  now: string;
}

/** One view per agreement of the role whose metric is in the catalog, in agreement order. */
export function buildAgreementViews(input: ViewInput): AgreementView[] {
  const metricById = new Map(input.metrics.map((m) => [m.id, m]));
  return input.agreements.flatMap((agreement) => {
    const metric = metricById.get(agreement.metricId);
    return metric ? [buildView(agreement, metric, input)] : [];
  });
}

function buildView(agreement: Agreement, metric: Metric, input: ViewInput): AgreementView {
  const history = input.history.get(agreement.id) ?? [];
  const current = currentValue(agreement, history);
  const goals = input.goals
    .filter((g) => g.agreementId === agreement.id)
    .map((g) => ({ ...g, status: goalStatusAt(g, input.now) }))
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt));
  const goal = goals.find((g) => g.status === "active");
  const lastGoal = goals.filter((g) => g.status !== "active").at(-1);
  const level = input.role.maturity.find((l) => l.level === (agreement.maturityLevel ?? 1));
  const stage = stageOf(agreement, goal, lastGoal);
  const start = current ?? agreement.baseline;
  const target =
    !goal && start && level && agreement.status === "agreed"
      ? suggestTarget({ baseline: start.value, expectedGain: level.expectedGain, metric })
      : undefined;
  // suggestTarget returns the value itself when no step is better.
  const atBest = target !== undefined && target === start?.value;
  return {
    agreement,
    metric,
    stage,
    history,
    current,
    gain:
      agreement.baseline && current
        ? gainSinceBaseline(agreement.baseline.value, current.value, metric.direction)
        : null,
    goal,
    lastGoal,
    progress: goal && current ? goalProgress(goal, current.value, metric.direction) : null,
    suggestion:
      target !== undefined && level && !atBest
        ? {
            target,
            dueAt: suggestDueAt(input.now, metric.periodDays),
            expectedGain: level.expectedGain,
          }
        : undefined,
    atBest,
    valueElements: input.valueElements.filter(
      (v) =>
        v.metricIds.includes(metric.id) &&
        (!v.maturityLevels || v.maturityLevels.includes(agreement.maturityLevel ?? 1)),
    ),
  };
}

function stageOf(agreement: Agreement, goal?: Goal, lastGoal?: Goal): AgreementStage {
  if (agreement.status === "retired") return "retired";
  if (!agreement.baseline) return "needs-baseline";
  if (goal) return "on-track";
  if (lastGoal?.status === "achieved") return "achieved";
  if (lastGoal?.status === "missed") return "missed";
  return "needs-goal";
}
