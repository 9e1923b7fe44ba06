import type { Role } from "@goalpost/core/contract";

/** The three key customer roles of Beacon, each with its maturity model. */
export const demoRoles: Role[] = [
  {
    id: "digital-marketer",
    name: "Digital marketer",
    description:
      "Runs campaigns aimed at the companies that visit the website, and decides which of them are worth sales' time.",
    maturity: [
      {
        level: 1,
        name: "Spotting visitors",
        description:
          "You see which companies visit, but you sort the list by hand and most campaigns start from a blank page.",
        expectedGain: 0.2,
      },
      {
        level: 2,
        name: "Filtering for fit",
        description:
          "You filter visitors against your ideal customer profile and keep a few saved segments you reuse.",
        expectedGain: 0.12,
      },
      {
        level: 3,
        name: "Running on signals",
        description:
          "Segments sync to your CRM and ad platforms on their own, and campaigns start when a visitor shows intent.",
        expectedGain: 0.08,
      },
      {
        level: 4,
        name: "Tuning the profile",
        description:
          "You test your ICP definition against won deals every month and retire the segments that do not convert.",
        expectedGain: 0.05,
      },
    ],
  },
  {
    id: "sdr",
    name: "Sales development rep",
    description:
      "Turns identified visitors into conversations and books first meetings for account executives.",
    maturity: [
      {
        level: 1,
        name: "Working cold lists",
        description:
          "Most of your outreach goes to bought or inherited lists; you rarely know why a company might care today.",
        expectedGain: 0.25,
      },
      {
        level: 2,
        name: "Following warm visitors",
        description:
          "You start each day from Beacon's list of visiting companies and contact the ones that fit.",
        expectedGain: 0.15,
      },
      {
        level: 3,
        name: "Leading with context",
        description:
          "You rank accounts by intent, open with the pages they read, and log every touch in the CRM.",
        expectedGain: 0.1,
      },
    ],
  },
  {
    id: "marketing-vp",
    name: "VP of Marketing",
    description: "Owns the marketing budget and answers for the revenue the website brings in.",
    maturity: [
      {
        level: 1,
        name: "Reporting traffic",
        description:
          "Your reports count sessions and form fills; revenue is somebody else's spreadsheet.",
        expectedGain: 0.12,
      },
      {
        level: 2,
        name: "Attributing pipeline",
        description:
          "Website visits are tied to opportunities in the CRM, so you can say which pages and campaigns create pipeline.",
        expectedGain: 0.08,
      },
      {
        level: 3,
        name: "Steering by revenue",
        description:
          "You move budget every quarter towards the channels whose visitors turn into closed revenue.",
        expectedGain: 0.05,
      },
    ],
  },
];
