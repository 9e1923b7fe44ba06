// The goal math a UI needs; the KPI and report math is in ../admin.ts.
export { checkTarget } from "./checkTarget.ts";
export { currentValue } from "./currentValue.ts";
export { gainSinceBaseline } from "./gainSinceBaseline.ts";
export { goalProgress } from "./goalProgress.ts";
export { goalStatusAfter, goalStatusAt } from "./goalStatus.ts";
export { improvement, isTargetReached } from "./improvement.ts";
export { roundForUnit, unitStep } from "./roundForUnit.ts";
export { settleGoal } from "./settleGoal.ts";
export { type SuggestTargetInput, suggestDueAt, suggestTarget } from "./suggestTarget.ts";
export { checkValue, type ValueBounds, valueBounds } from "./valueBounds.ts";
