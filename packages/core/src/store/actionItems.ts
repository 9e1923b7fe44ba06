import { checkInWindow } from "../math/checkInWindow.ts";
import type { AgreementView } from "./types.ts";

/**
 * Something the user should act on, for a badge or a to-do list:
 * - `goal-reached`: a goal was reached (by an entry, the app or an integration) and the user has
 *   not seen it yet (once seen, the invitation to a next goal is on screen, not a badge);
 * - `check-in`: an active goal is due soon and waits for the user: a scale metric's
 *   end-of-period assessment (`end-assessment`), or a self-reported metric with no recent entry
 *   (`no-recent-entry`);
 * - `setup`: an agreement is unfinished: it has no baseline, or has never had a goal (or its last
 *   was stopped). A missed goal is not counted: the card says so, and the user decides.
 */
export type ActionItem =
  | { kind: "goal-reached"; agreementId: string; goalId: string }
  | {
      kind: "check-in";
      agreementId: string;
      goalId: string;
      reason: "end-assessment" | "no-recent-entry";
    }
  | { kind: "setup"; agreementId: string; missing: "baseline" | "goal" };

/**
 * What needs the user, one item per agreement at most, in agreement order. A goal counts as due
 * soon in the last week of its period (the last quarter for periods under four weeks); an entry
 * is recent when it is within that window. `seenGoalIds` are the reached goals the user has
 * already seen (the widget keeps them per user on the device). Pure: the clock is `now`.
 * @example actionItems(goalpost.agreements.value, new Date().toISOString(), seen).length // 2
 */
export function actionItems(
  views: readonly AgreementView[],
  now: string,
  seenGoalIds: ReadonlySet<string> = new Set(),
): ActionItem[] {
  const at = Date.parse(now);
  return views.flatMap((view): ActionItem[] => {
    const { agreement, goal, lastGoal, stage, metric, history } = view;
    const agreementId = agreement.id;
    if (stage === "retired") return [];
    if (stage === "needs-baseline") return [{ kind: "setup", agreementId, missing: "baseline" }];
    if (stage === "achieved") {
      const seen = !lastGoal || seenGoalIds.has(lastGoal.id);
      return seen ? [] : [{ kind: "goal-reached", agreementId, goalId: lastGoal.id }];
    }
    if (stage === "needs-goal") {
      return view.atBest ? [] : [{ kind: "setup", agreementId, missing: "goal" }];
    }
    if (!goal || (metric.collection !== "scale" && metric.collection !== "self")) return [];
    const { opensAt, length: window } = checkInWindow(goal);
    if (at < opensAt) return [];
    const scale = metric.collection === "scale";
    // A scale metric waits for its end assessment of this period; a self-reported one, for news.
    const from = scale ? Date.parse(goal.startAt) : at - window;
    const done = history.some((m) => (!scale || m.phase === "end") && Date.parse(m.at) >= from);
    const reason = scale ? "end-assessment" : "no-recent-entry";
    return done ? [] : [{ kind: "check-in", agreementId, goalId: goal.id, reason }];
  });
}
