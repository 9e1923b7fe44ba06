/** Texts of the question asked before an implausible value is saved (core: checkPlausible). */
export const valueCheck = {
  valueCheckQuestion: "{from} → {to}?",
  valueCheckQuestionFirst: "Is {to} right?",
  valueCheckAboveSeen:
    "That's ten times or more anything this metric has had so far, your target included.",
  valueCheckBelowSeen: "That's a tenth or less of anything this metric has had so far.",
  valueCheckAboveRange: "That's more than this metric usually reaches: up to {limit}.",
  valueCheckBelowRange: "That's less than this metric usually is: at least {limit}.",
  valueCheckAnnounce: "Is {to} right? The last value was {from}. {why} Save again to keep it.",
  valueCheckAnnounceFirst: "Is {to} right? {why} Save again to keep it.",
  valueCheckSave: "Save anyway",
  valueCheckChange: "Change it",
};
