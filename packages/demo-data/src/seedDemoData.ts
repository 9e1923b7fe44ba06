import { settleGoals } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/contract";
import type { DemoData } from "./DemoData.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedAgreement } from "./seedAgreement.ts";
import { seedPlans } from "./seedPlans.ts";
import { seedPulses } from "./seedPulses.ts";

const dayMs = 86_400_000;

/**
 * The seeded accounts, users and about six months of history before `now`, for a store holding
 * the demo catalog. Deterministic: the same `now` gives the same data.
 */
export function seedDemoData(catalog: Catalog, now: Date): DemoData {
  const since = new Date(now.getTime() - 180 * dayMs).toISOString();
  const data = {
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
  };
  for (const plan of seedPlans) seedAgreement(data, plan, now);
  seedPulses(data, now);
  settleGoals(data.goals, now);
  const { catalog: _catalog, ...seeded } = data;
  return seeded;
}
