// The goal math and the rules a UI and every backend share (they return a Problem rather than
// throw); the KPI and report math is in ../admin.ts.
export { applyCorrection } from "./applyCorrection.ts";
export { checkCorrection } from "./checkCorrection.ts";
export { checkDue } from "./checkDue.ts";
export { checkGoalStart } from "./checkGoalStart.ts";
export { checkInWindow } from "./checkInWindow.ts";
export { checkLoggable } from "./checkLoggable.ts";
export { checkMaturity } from "./checkMaturity.ts";
export { checkMeasurement, type MeasurementPoint } from "./checkMeasurement.ts";
export { checkNotFuture } from "./checkNotFuture.ts";
export { checkPlausible, type Implausible, type PlausibleHistory } from "./checkPlausible.ts";
export { checkTarget } from "./checkTarget.ts";
export { currentValue } from "./currentValue.ts";
export { gainSinceBaseline } from "./gainSinceBaseline.ts";
export { goalProgress } from "./goalProgress.ts";
export { goalStatusAfter, goalStatusAt } from "./goalStatus.ts";
export { improvement, isTargetReached } from "./improvement.ts";
export { Problem } from "./Problem.ts";
export { roundForUnit, unitStep } from "./roundForUnit.ts";
export { type CorrectedPoint, settleCorrection } from "./settleCorrection.ts";
export { isOverdue, settleDue } from "./settleDue.ts";
export { settleGoal } from "./settleGoal.ts";
export { type SuggestTargetInput, suggestDueAt, suggestTarget } from "./suggestTarget.ts";
export { toBaseline } from "./toBaseline.ts";
export { checkValue, type ValueBounds, valueBounds } from "./valueBounds.ts";
