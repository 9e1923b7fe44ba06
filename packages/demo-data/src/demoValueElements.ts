import type { ValueElement } from "@goalpost/core/contract";

const docs = "https://beacon.example.com";

/** Help Beacon offers each role: features, guides, training, templates, a service, a community. */
export const demoValueElements: ValueElement[] = [
  {
    id: "icp-filter",
    type: "feature",
    title: "ICP filter",
    description:
      "Describe your ideal customer once (industry, size, region, tech stack) and hide every visitor that does not fit.",
    metricIds: ["icp-fit-rate", "qualified-contacts"],
    roleIds: ["digital-marketer", "sdr"],
    action: "open-icp-filter",
  },
  {
    id: "guide-define-icp",
    type: "guide",
    title: "Write an ICP that filters",
    description:
      "A 15-minute guide to turning last year's won deals into filter rules you can paste into Beacon.",
    metricIds: ["icp-fit-rate"],
    roleIds: ["digital-marketer"],
    maturityLevels: [1, 2],
    href: `${docs}/guides/define-your-icp`,
  },
  {
    id: "crm-sync",
    type: "feature",
    title: "CRM sync",
    description:
      "Push fitting visitors and their page views to Salesforce or HubSpot automatically, with the owner already set.",
    metricIds: ["qualified-contacts", "icp-fit-rate", "web-revenue"],
    roleIds: ["digital-marketer", "sdr", "marketing-vp"],
    action: "open-crm-sync",
  },
  {
    id: "campaign-templates",
    type: "template",
    title: "Account-based campaign templates",
    description:
      "Ready-made segments, ad audiences and email sequences for the five campaigns our customers run most.",
    metricIds: ["campaign-setup-hours"],
    roleIds: ["digital-marketer"],
    action: "open-campaign-templates",
  },
  {
    id: "training-campaign-playbooks",
    type: "training",
    title: "Campaign playbooks workshop",
    description:
      "A live, 90-minute session where you build your next campaign from a template with a Beacon specialist.",
    metricIds: ["campaign-setup-hours"],
    roleIds: ["digital-marketer"],
    maturityLevels: [1, 2, 3],
    href: `${docs}/training/campaign-playbooks`,
  },
  {
    id: "visitor-alerts",
    type: "feature",
    title: "Visitor alerts",
    description:
      "Get a Slack or email alert when a target account returns to the pricing or product pages.",
    metricIds: ["qualified-contacts", "meetings-booked"],
    roleIds: ["sdr"],
    action: "open-visitor-alerts",
  },
  {
    id: "guide-opener-from-visits",
    type: "guide",
    title: "Open with what they read",
    description:
      "How to turn a company's page views into a first line that sounds helpful, not creepy, with twelve examples.",
    metricIds: ["outreach-confidence", "meetings-booked"],
    roleIds: ["sdr"],
    href: `${docs}/guides/opener-from-visits`,
  },
  {
    id: "training-signal-outreach",
    type: "training",
    title: "Signal-based outreach course",
    description:
      "Four short video lessons and a role-play checklist for prioritising and calling warm accounts.",
    metricIds: ["outreach-confidence", "meetings-booked"],
    roleIds: ["sdr"],
    maturityLevels: [1, 2],
    href: `${docs}/training/signal-based-outreach`,
  },
  {
    id: "sdr-community",
    type: "community",
    title: "Beacon SDR circle",
    description:
      "A monthly call and a Slack channel where reps from other Beacon customers share openers that worked.",
    metricIds: ["outreach-confidence"],
    roleIds: ["sdr"],
    href: `${docs}/community/sdr-circle`,
  },
  {
    id: "attribution-report",
    type: "feature",
    title: "Revenue attribution report",
    description:
      "See which closed deals visited the site first, and which pages and campaigns they came through.",
    metricIds: ["web-revenue"],
    roleIds: ["marketing-vp"],
    action: "open-attribution-report",
  },
  {
    id: "guide-attribution-model",
    type: "guide",
    title: "Choose an attribution window",
    description:
      "Why 90 days suits most B2B sales cycles, and how to tell whether yours needs a longer one.",
    metricIds: ["web-revenue"],
    roleIds: ["marketing-vp"],
    maturityLevels: [1, 2],
    href: `${docs}/guides/attribution-window`,
  },
  {
    id: "revenue-review",
    type: "service",
    title: "Quarterly revenue review",
    description:
      "Your customer success manager walks through web-attributed revenue with you and agrees the next quarter's bets.",
    metricIds: ["web-revenue"],
    roleIds: ["marketing-vp"],
    maturityLevels: [2, 3],
    href: `${docs}/services/revenue-review`,
  },
  {
    id: "onboarding-service",
    type: "service",
    title: "Guided onboarding",
    description:
      "Two working sessions with a Beacon specialist to connect your CRM, set your ICP and build your first segment.",
    metricIds: ["icp-fit-rate", "qualified-contacts", "web-revenue"],
    roleIds: ["digital-marketer", "sdr", "marketing-vp"],
    maturityLevels: [1],
    href: `${docs}/services/onboarding`,
  },
];
