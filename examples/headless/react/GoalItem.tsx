import type { AgreementStage, AgreementView, Goalpost } from "@goalpost/core";
import { metricFormat } from "../shared/metricFormat.ts";
import { formatDay, timeLeft } from "../shared/timeLeft.ts";
import { SetGoalForm } from "./SetGoalForm.tsx";

const stageLabels: Record<AgreementStage, string> = {
  "needs-baseline": "Needs a starting value",
  "needs-goal": "Needs a goal",
  "on-track": "In progress",
  achieved: "Target reached",
  missed: "Goal missed",
  retired: "Retired",
};

/** One agreed metric: where it stands, its goal and progress, or a way to set the next goal. */
export function GoalItem({ view, goalpost }: { view: AgreementView; goalpost: Goalpost }) {
  const { metric, goal, current, stage, progress } = view;
  const show = (value: number) => metricFormat.value(metric, value);
  const share = Math.min(1, Math.max(0, progress ?? 0));
  return (
    <li className="goal" data-stage={stage}>
      <div className="goal__head">
        <h2 className="goal__name">{metric.name}</h2>
        <span className="goal__stage">{stageLabels[stage]}</span>
      </div>
      <p className="goal__numbers">
        Now <strong>{current ? show(current.value) : "—"}</strong>
        {goal && (
          <>
            {" "}
            · target <strong>{show(goal.target)}</strong> by {formatDay(goal.dueAt)} (
            {timeLeft(goal.dueAt)})
          </>
        )}
      </p>
      {!goal && view.lastGoal && (
        <p className="goal__last">
          Last goal: {show(view.lastGoal.target)} by {formatDay(view.lastGoal.dueAt)},{" "}
          {view.lastGoal.status}
        </p>
      )}
      {goal && progress !== null && (
        <progress
          className="goal__bar"
          max={1}
          value={share}
          aria-label={`${metric.name}: progress`}
        >
          {Math.round(share * 100)} %
        </progress>
      )}
      {!goal && view.suggestion && <SetGoalForm view={view} goalpost={goalpost} />}
    </li>
  );
}
