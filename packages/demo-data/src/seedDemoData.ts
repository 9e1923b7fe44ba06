import { settleGoals } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/contract";
import type { DemoData, SeedTarget } from "./DemoData.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedAgreement } from "./seedAgreement.ts";
import { seedCompanyData } from "./seedCompanyData.ts";
import { seedPlans } from "./seedPlans.ts";
import { seedPulses } from "./seedPulses.ts";
import { syntheticAccounts } from "./syntheticAccounts.ts";

const dayMs = 86_400_000;

/** Options of {@link seedDemoData}. */
export interface SeedOptions {
  /**
   * Synthetic accounts to add beside the demo's (`synthetic-0001`, …, see `syntheticAccounts`),
   * then revenue and usage for every account, demo ones included: what a console at scale and
   * the company-results reports need. @default 0 (no synthetic accounts, no revenue, no usage)
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
  settleGoals(data.goals, now);
  const count = options.accounts ?? 0;
  if (!Number.isInteger(count) || count < 0 || count > 20_000) {
    throw new RangeError(`accounts must be a whole number from 0 to 20000, not ${count}`);
  }
  if (count > 0) {
    const synthetic = syntheticAccounts(catalog, now, count);
    // Appended one by one: spreading a year of thousands of accounts' usage into push() passes
    // more arguments than the stack holds ("Maximum call stack size exceeded" at 1,000).
    const append = <T>(into: T[], items: readonly T[]) => {
      for (const item of items) into.push(item);
    };
    append(data.accounts, synthetic.accounts);
    append(data.users, synthetic.users);
    append(data.agreements, synthetic.agreements);
    append(data.goals, synthetic.goals);
    append(data.measurements, synthetic.measurements);
    append(data.pulses, synthetic.pulses);
    const company = seedCompanyData(data, now);
    append(data.revenue, company.revenue);
    append(data.usage, company.usage);
  }
  const { catalog: _catalog, ...seeded } = data;
  return seeded;
}
