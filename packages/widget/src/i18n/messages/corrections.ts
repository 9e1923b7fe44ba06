/**
 * Texts of corrections: an entry edited or deleted, the baseline and the maturity level changed
 * later, and the way out of a baseline that leaves no further step.
 */
export const corrections = {
  sourceColleague: "entered by a colleague",
  entryCorrectedMark: "corrected",
  historyCorrect: "Correct an entry",
  entryEdit: "Edit",
  entryDelete: "Delete",
  entryEditLegend: "Correct {entry}",
  entrySave: "Save correction",
  entryCancel: "Cancel",
  entryCorrected: "Entry corrected",
  entryCorrectedPending: "Entry corrected — waiting to send ({count})",
  entryDeleteConfirm:
    "Delete {entry}? It stops counting toward your progress and your goal. You can't undo this.",
  entryDeleteYes: "Delete entry",
  entryDeleteNo: "Keep it",
  entryDeleted: "Entry deleted",
  entryDeletedPending: "Entry deleted — waiting to send ({count})",
  goalReopened: "Your goal for {metric} is in progress again.",
  changesTitle: "Baseline and level",
  changesOffline:
    "You're offline. Saving a change here needs a connection; what you type is kept until you're back.",
  baselineIs: "Baseline: {value}, {date}",
  changeBaseline: "Change baseline",
  baselineNewHint:
    "Correct the figure you started from on {date}. Your gain is counted from it; goals already set keep their targets.",
  baselineSave: "Save baseline",
  baselineChanged: "Baseline changed",
  levelIs: "Level: {level}",
  levelNone: "Level: not chosen yet",
  changeLevel: "Change level",
  levelLegend: "Which sounds most like your team today?",
  levelHint: "Your next goals are sized for this level. A goal in progress keeps its target.",
  levelSave: "Save level",
  levelChanged: "Level changed",
  atBestBaseline:
    "Your baseline of {value} is the best this metric allows, so there is no further goal to set.",
  atBestWayOut:
    "If that's right, keep logging to hold it there. If it isn't, correct your baseline and we'll suggest a next goal from there.",
  atBestCorrect: "Correct the baseline",
} as const;
