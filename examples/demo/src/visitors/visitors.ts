/** A company Beacon identified on the customer's website. */
export interface Visitor {
  id: string;
  company: string;
  industry: Industry;
  employees: number;
  region: Region;
  /** The page it spent the most time on. */
  topPage: string;
  visits: number;
  /** Days since its last visit. */
  lastSeenDaysAgo: number;
  /** People Beacon identified at the company: what an SDR passes on when it qualifies. */
  contacts: number;
}

export const industries = [
  "Software",
  "Financial services",
  "Manufacturing",
  "Retail",
  "Healthcare",
  "Logistics",
] as const;
export type Industry = (typeof industries)[number];

export const regions = ["North America", "Europe", "Asia-Pacific", "Latin America"] as const;
export type Region = (typeof regions)[number];

const visitor = (
  id: string,
  company: string,
  industry: Industry,
  employees: number,
  region: Region,
  topPage: string,
  visits: number,
  lastSeenDaysAgo: number,
  contacts: number,
): Visitor => ({
  id,
  company,
  industry,
  employees,
  region,
  topPage,
  visits,
  lastSeenDaysAgo,
  contacts,
});

/** The last 30 days of identified visitors on the customer's site: fictional companies. */
export const visitors: readonly Visitor[] = [
  visitor("v01", "Northwind Analytics", "Software", 420, "North America", "Pricing", 9, 0, 12),
  visitor("v02", "Brightline Bank", "Financial services", 5200, "Europe", "Security", 6, 1, 15),
  visitor("v03", "Kettle & Co", "Retail", 85, "Europe", "Blog", 2, 3, 3),
  visitor(
    "v04",
    "Quantum Ledger",
    "Financial services",
    310,
    "North America",
    "Integrations",
    7,
    0,
    9,
  ),
  visitor(
    "v05",
    "Harbor Freight Lines",
    "Logistics",
    2300,
    "North America",
    "Case studies",
    3,
    5,
    6,
  ),
  visitor("v06", "Pixelforge", "Software", 45, "Europe", "Docs", 4, 2, 6),
  visitor("v07", "Meridian Health", "Healthcare", 8700, "North America", "Pricing", 5, 1, 12),
  visitor("v08", "Orbital Systems", "Software", 1250, "Asia-Pacific", "Integrations", 8, 0, 18),
  visitor("v09", "Cobalt Manufacturing", "Manufacturing", 640, "Europe", "Blog", 2, 9, 3),
  visitor("v10", "Lumen Payments", "Financial services", 980, "Europe", "Pricing", 11, 0, 15),
  visitor("v11", "Greenway Grocers", "Retail", 3400, "North America", "Careers", 1, 12, 3),
  visitor("v12", "Sable Security", "Software", 260, "North America", "Security", 6, 2, 9),
  visitor("v13", "Atlas Robotics", "Manufacturing", 150, "Asia-Pacific", "Product tour", 3, 6, 6),
  visitor(
    "v14",
    "Vireo Insurance",
    "Financial services",
    1900,
    "Latin America",
    "Pricing",
    4,
    4,
    9,
  ),
  visitor("v15", "Fernhill University", "Healthcare", 30, "Europe", "Blog", 1, 20, 3),
  visitor("v16", "Tidewater Cloud", "Software", 780, "Europe", "Product tour", 10, 1, 12),
  visitor("v17", "Copperleaf Retail", "Retail", 220, "Latin America", "Case studies", 2, 8, 6),
  visitor("v18", "Helix Biotech", "Healthcare", 540, "Europe", "Integrations", 5, 3, 9),
  visitor("v19", "Stratus Data", "Software", 2100, "North America", "Pricing", 7, 0, 15),
  visitor("v20", "Ironbridge Logistics", "Logistics", 90, "Europe", "Blog", 1, 15, 3),
  visitor("v21", "Nimbus Fintech", "Financial services", 120, "Asia-Pacific", "Docs", 3, 4, 6),
  visitor("v22", "Redwood Partners", "Financial services", 40, "North America", "Pricing", 2, 7, 3),
  visitor("v23", "Keystone Software", "Software", 340, "North America", "Integrations", 4, 2, 6),
  visitor("v24", "Arcadia Apparel", "Retail", 1500, "Europe", "Pricing", 3, 5, 6),
];
