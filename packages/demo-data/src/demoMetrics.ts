import type { Metric } from "@goalpost/core/contract";

/** The metrics Beacon's roles can agree to track; ids as in docs/catalog.md, "The demo catalog". */
export const demoMetrics: Metric[] = [
  {
    id: "icp-fit-rate",
    name: "ICP fit rate",
    description: "The share of identified website visitors that match your ideal customer profile.",
    whyItMatters:
      "A higher fit rate means sales spends its time on companies that can actually buy, and your campaigns reach fewer dead ends.",
    kind: "value",
    roleIds: ["digital-marketer"],
    unit: { type: "percent" },
    direction: "increase",
    collection: "app",
    dataSource: "Beacon visitor list",
    periodDays: 30,
    plausible: { min: 0, max: 90 },
  },
  {
    id: "campaign-setup-hours",
    name: "Campaign setup time",
    description:
      "Hours from deciding to run a campaign to having it live, for a typical account-based campaign.",
    whyItMatters:
      "Time saved on setup goes into testing messages, and a campaign that goes live sooner catches visitors while they are still looking.",
    kind: "value",
    roleIds: ["digital-marketer"],
    unit: { type: "duration", of: "hours" },
    direction: "decrease",
    collection: "self",
    dataSource: "Your own estimate for the last campaign",
    periodDays: 30,
    plausible: { min: 0.5, max: 160 },
  },
  {
    id: "qualified-contacts",
    name: "Qualified contacts per week",
    description:
      "Contacts at visiting companies that fit your profile and that you passed on or worked yourself in a week.",
    whyItMatters:
      "Every qualified contact is a conversation you can start with a reason, instead of a cold call.",
    kind: "value",
    roleIds: ["sdr"],
    unit: { type: "number", label: "contacts", labelOne: "contact" },
    direction: "increase",
    collection: "app",
    dataSource: "Beacon lead inbox",
    periodDays: 28,
    plausible: { min: 0, max: 300 },
  },
  {
    id: "outreach-confidence",
    name: "Confidence in outreach",
    description:
      "How confident you feel opening a conversation with a company that visited the site, on a five-point scale.",
    whyItMatters:
      "Reps who know why a company is looking make more calls, and better ones. Rate yourself at the start and at the end of each period.",
    kind: "value",
    roleIds: ["sdr"],
    unit: { type: "scale" },
    direction: "increase",
    collection: "scale",
    dataSource: "Your self-assessment in Goalpost",
    periodDays: 42,
    scale: {
      points: [
        { value: 1, label: "I put off most calls; I rarely know what to say" },
        { value: 2, label: "I manage if I have read up on the company first" },
        { value: 3, label: "I am comfortable with a prepared script" },
        { value: 4, label: "I tailor every opener to what the visitor looked at" },
        { value: 5, label: "I can start any conversation with a reason that lands" },
      ],
    },
  },
  {
    id: "meetings-booked",
    name: "Meetings booked per week",
    description: "First meetings you booked for an account executive in a week.",
    whyItMatters:
      "Booked meetings are the hand-off that counts: they turn website interest into pipeline.",
    kind: "value",
    roleIds: ["sdr"],
    unit: { type: "number", label: "meetings", labelOne: "meeting" },
    direction: "increase",
    collection: "self",
    dataSource: "Your calendar",
    periodDays: 28,
    plausible: { min: 0, max: 40 },
  },
  {
    id: "web-revenue",
    name: "Web-attributed revenue",
    description:
      "Closed-won revenue per month from deals whose account visited the website before the opportunity opened.",
    whyItMatters:
      "It is the number the board asks about: proof that the website and the campaigns around it pay for themselves.",
    kind: "impact",
    roleIds: ["marketing-vp"],
    unit: { type: "currency", currency: "USD" },
    direction: "increase",
    collection: "integration",
    dataSource: "Salesforce opportunities (closed won)",
    periodDays: 90,
    plausible: { min: 0, max: 10_000_000 },
  },
];
