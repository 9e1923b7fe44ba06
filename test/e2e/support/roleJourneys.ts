/**
 * One demo role's first run through the whole flow in Beacon: who signs in, what they agree and
 * enter, and how their progress arrives.
 */
export interface RoleJourney {
  /** The demo user (the header's switcher lists them): packages/demo-data/src/demoUsers.ts */
  user: string;
  account: string;
  roleId: string;
  metricId: string;
  /** The metric's name, as the widget shows it. */
  metric: string;
  /** The start of the name of the maturity level the user picks. */
  maturity: string;
  /** The baseline as typed. */
  baseline: string;
  /**
   * How progress arrives: typed in the widget ("Log progress"), or pushed by the vendor's
   * integration server-to-server, the widget showing the latest values (`integration` metrics).
   */
  progress: "typed" | "integration";
  /**
   * The seed already has this metric agreed for the user's role (every VP tracks web revenue):
   * the test retires it through the API first, so the user starts on a first run.
   */
  retireFirst?: boolean;
}

/** The three roles of the demo, across two accounts (Initech's first-run users, Globex's VP). */
export const roleJourneys: readonly RoleJourney[] = [
  {
    user: "nadia.haddad",
    account: "initech",
    roleId: "digital-marketer",
    metricId: "campaign-setup-hours",
    metric: "Campaign setup time",
    maturity: "Filtering for fit",
    baseline: "6",
    progress: "typed",
  },
  {
    user: "tom.becker",
    account: "initech",
    roleId: "sdr",
    metricId: "meetings-booked",
    metric: "Meetings booked per week",
    maturity: "Following warm visitors",
    baseline: "4",
    progress: "typed",
  },
  {
    user: "hannah.cole",
    account: "globex",
    roleId: "marketing-vp",
    metricId: "web-revenue",
    metric: "Web-attributed revenue",
    maturity: "Attributing pipeline",
    baseline: "64000",
    progress: "integration",
    retireFirst: true,
  },
];
