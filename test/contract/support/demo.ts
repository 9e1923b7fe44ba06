/** The demo catalog's ids and shapes the contract fixes (docs/catalog.md, "The demo catalog"). */
export const demo = {
  roles: ["digital-marketer", "sdr", "marketing-vp"],
  /** Its usage metrics, as declared (sessions do not carry them). */
  usageMetrics: [
    { id: "identified-visitors", name: "Identified visitors", unit: "visitors", version: 1 },
  ],
  metrics: [
    {
      id: "icp-fit-rate",
      roleId: "digital-marketer",
      unit: "percent",
      direction: "increase",
      collection: "app",
    },
    {
      id: "campaign-setup-hours",
      roleId: "digital-marketer",
      unit: "duration",
      direction: "decrease",
      collection: "self",
    },
    {
      id: "qualified-contacts",
      roleId: "sdr",
      unit: "number",
      direction: "increase",
      collection: "app",
    },
    {
      id: "outreach-confidence",
      roleId: "sdr",
      unit: "scale",
      direction: "increase",
      collection: "scale",
    },
    {
      id: "meetings-booked",
      roleId: "sdr",
      unit: "number",
      direction: "increase",
      collection: "self",
    },
    {
      id: "web-revenue",
      roleId: "marketing-vp",
      unit: "currency",
      direction: "increase",
      collection: "integration",
    },
  ],
} as const;

/** A role id of the demo catalog. */
export type DemoRoleId = (typeof demo.roles)[number];
