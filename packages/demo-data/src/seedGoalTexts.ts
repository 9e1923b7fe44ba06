import type { GoalAction } from "@goalpost/core/contract";

/** What a seeded goal says will change, and its actions, per metric. */
export const seedGoalTexts: Record<
  string,
  { changes: string; actions: Omit<GoalAction, "id" | "done">[] }
> = {
  "icp-fit-rate": {
    changes:
      "Review the ICP filter every Monday and drop segments that bring in students and job seekers.",
    actions: [
      { title: "Exclude visitors from universities and job boards", owner: "customer" },
      { title: "Rebuild the ICP from last quarter's won deals", owner: "customer" },
      { title: "Check the filter rules with our Beacon specialist", owner: "vendor" },
    ],
  },
  "campaign-setup-hours": {
    changes: "Start every campaign from a template instead of copying last month's.",
    actions: [
      { title: "Pick two campaign templates to standardise on", owner: "customer" },
      { title: "Connect the ad platforms so audiences sync on their own", owner: "customer" },
      { title: "Run the campaign playbooks workshop for the team", owner: "vendor" },
    ],
  },
  "qualified-contacts": {
    changes: "Work the warm visitor list first thing every morning, before any cold outreach.",
    actions: [
      { title: "Turn on visitor alerts for my top 50 accounts", owner: "customer" },
      { title: "Block 45 minutes each morning for the visitor list", owner: "customer" },
      { title: "Sync qualified visitors to the CRM with owners assigned", owner: "vendor" },
    ],
  },
  "outreach-confidence": {
    changes: "Open every call with the pages the company read, not with our pitch.",
    actions: [
      { title: "Finish the signal-based outreach course", owner: "customer" },
      { title: "Role-play three openers with my manager", owner: "customer" },
      { title: "Share five openers that worked at other customers", owner: "vendor" },
    ],
  },
  "meetings-booked": {
    changes: "Follow up within an hour when a target account comes back to the pricing page.",
    actions: [
      { title: "Set up alerts for pricing-page visits", owner: "customer" },
      { title: "Write two follow-up templates for return visits", owner: "customer" },
    ],
  },
  "web-revenue": {
    changes:
      "Move a fifth of the paid-social budget to campaigns aimed at identified high-fit visitors.",
    actions: [
      { title: "Review the attribution report with sales leadership", owner: "customer" },
      { title: "Shift budget from the two weakest channels", owner: "customer" },
      { title: "Hold the quarterly revenue review", owner: "vendor" },
    ],
  },
};
