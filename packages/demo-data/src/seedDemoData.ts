import { settleGoals } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/contract";
import type { DemoData, SeedTarget } from "./DemoData.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedAgreement } from "./seedAgreement.ts";
import { seedCompanyData } from "./seedCompanyData.ts";
import { seedPlans } from "./seedPlans.ts";
import { seedPulses } from "./seedPulses.ts";

const dayMs = 86_400_000;

/** Options of {@link seedDemoData}. */
export interface SeedOptions {
  /**
   * Synthetic customer accounts to add beside the demo's (`demo-co-<n>`), each with revenue and
   * usage, and revenue and usage for the demo accounts too: what the company-results reports
   * and a console at scale need. @default 0 (no revenue, no usage)
   */
  accounts?: number;
}

/**
 * The seeded accounts, users and about six months of history before `now`, for a store holding
 * the demo catalog. Deterministic: the same `now` (and options) give the same data.
 */
export function seedDemoData(catalog: Catalog, now: Date, options: SeedOptions = {}): DemoData {
  const since = new Date(now.getTime() - 180 * dayMs).toISOString();
  const data: SeedTarget = {
    catalog,
    accounts: [...new Set(demoUsers.map((u) => u.accountId))].map((id) => ({
      id,
      createdAt: since,
    })),
    users: demoUsers.map(({ id, accountId, roleId, name }) => ({
      id,
      accountId,
      roleId,
      name,
      createdAt: since,
    })),
    agreements: [],
    goals: [],
    measurements: [],
    pulses: [],
    revenue: [],
    usage: [],
  };
  for (const plan of seedPlans) seedAgreement(data, plan, now);
  seedPulses(data, now);
  if (options.accounts !== undefined) {
    if (!Number.isInteger(options.accounts) || options.accounts < 0 || options.accounts > 5000) {
      throw new RangeError(
        `accounts must be a whole number from 0 to 5000, not ${options.accounts}`,
      );
    }
    const company = seedCompanyData(data, now, options.accounts);
    data.revenue.push(...company.revenue);
    data.usage.push(...company.usage);
  }
  settleGoals(data.goals, now);
  const { catalog: _catalog, ...seeded } = data;
  return seeded;
}
