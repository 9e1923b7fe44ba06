/** How a seeded goal turns out: the goal math decides, the plan only shapes the data. */
export type GoalOutcome = "achieved" | "missed" | "abandoned" | "active";

/** A seeded goal: starts `start` days ago and runs `days` days. */
export interface GoalPlan {
  start: number;
  days: number;
  outcome: GoalOutcome;
  /** For an active goal: the share of the way to the target covered so far. @default 0.5 */
  progress?: number;
}

/** A seeded agreement with its history. */
export interface AgreementPlan {
  accountId: string;
  roleId: string;
  metricId: string;
  /** Agreed (and baseline taken) this many days ago. */
  agreed: number;
  baseline: number;
  maturityLevel: number;
  goals: GoalPlan[];
  /** Retired this many days ago. */
  retired?: number;
}

const goal = (start: number, days: number, outcome: GoalOutcome, progress?: number): GoalPlan => ({
  start,
  days,
  outcome,
  ...(progress !== undefined ? { progress } : {}),
});

/**
 * About six months of history. Acme is a healthy customer (mostly reached goals), Globex a
 * struggling one (missed and abandoned goals, a regression), Initech has just started: its VP
 * tracks web revenue, its marketer and SDR have nothing agreed yet (the first-run demo).
 */
export const seedPlans: AgreementPlan[] = [
  plan("acme", "digital-marketer", "icp-fit-rate", 170, 34, 2, [
    goal(168, 30, "achieved"),
    goal(140, 30, "missed"),
    goal(106, 30, "achieved"),
    goal(80, 30, "achieved"),
    goal(55, 30, "missed"),
    goal(20, 35, "active", 0.6),
  ]),
  plan("acme", "digital-marketer", "campaign-setup-hours", 120, 14, 2, [
    goal(118, 30, "achieved"),
    goal(92, 30, "achieved"),
    goal(62, 30, "missed"),
    goal(25, 30, "active", 0.4),
  ]),
  plan("acme", "sdr", "qualified-contacts", 150, 22, 2, [
    goal(148, 28, "achieved"),
    goal(125, 28, "missed"),
    goal(94, 28, "achieved"),
    goal(70, 28, "achieved"),
    goal(46, 28, "missed"),
    goal(15, 28, "active", 0.5),
  ]),
  plan("acme", "sdr", "outreach-confidence", 140, 2, 1, [
    goal(138, 42, "achieved"),
    goal(95, 42, "missed"),
    goal(50, 42, "achieved"),
    goal(6, 42, "active"),
  ]),
  plan("acme", "sdr", "meetings-booked", 100, 4, 2, [
    goal(98, 28, "missed"),
    goal(68, 28, "achieved"),
    goal(45, 28, "achieved"),
    goal(12, 28, "active", 0.5),
  ]),
  plan("acme", "marketing-vp", "web-revenue", 175, 118_000, 2, [
    goal(173, 90, "achieved"),
    goal(100, 90, "missed"),
    goal(8, 90, "active", 0.2),
  ]),
  plan("globex", "digital-marketer", "icp-fit-rate", 130, 22, 1, [
    goal(128, 30, "missed"),
    goal(95, 30, "achieved"),
    goal(70, 30, "abandoned"),
    goal(40, 30, "missed"),
    goal(6, 30, "active", 0.3),
  ]),
  {
    ...plan("globex", "digital-marketer", "campaign-setup-hours", 150, 20, 1, [
      goal(148, 30, "abandoned"),
    ]),
    retired: 115,
  },
  plan("globex", "sdr", "meetings-booked", 90, 3, 1, [
    goal(88, 28, "achieved"),
    goal(62, 28, "missed"),
    goal(30, 28, "missed"),
  ]),
  plan("globex", "sdr", "qualified-contacts", 60, 12, 1, []),
  plan("globex", "marketing-vp", "web-revenue", 160, 64_000, 1, [
    goal(158, 90, "missed"),
    goal(60, 90, "active", -0.8),
  ]),
  plan("initech", "marketing-vp", "web-revenue", 45, 30_000, 1, [goal(40, 90, "active", 0.3)]),
];

function plan(
  accountId: string,
  roleId: string,
  metricId: string,
  agreed: number,
  baseline: number,
  maturityLevel: number,
  goals: GoalPlan[],
): AgreementPlan {
  return { accountId, roleId, metricId, agreed, baseline, maturityLevel, goals };
}
