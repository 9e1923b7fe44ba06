import type { MockDb } from "../store/MockDb.ts";
import { settleGoals } from "../store/settleGoals.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedAgreement } from "./seedAgreement.ts";
import { seedPlans } from "./seedPlans.ts";
import { seedPulses } from "./seedPulses.ts";

const dayMs = 86_400_000;

/**
 * Fills a database that holds the demo catalog with the seeded accounts, users and about six
 * months of history before `now`. Deterministic: the same `now` gives the same data.
 */
export function seedDemoData(db: MockDb, now: Date): void {
  const since = new Date(now.getTime() - 180 * dayMs).toISOString();
  for (const accountId of new Set(demoUsers.map((u) => u.accountId))) {
    db.accounts.push({ id: accountId, createdAt: since });
  }
  for (const { id, accountId, roleId, name } of demoUsers) {
    db.users.push({ id, accountId, roleId, name, createdAt: since });
  }
  for (const plan of seedPlans) seedAgreement(db, plan, now);
  seedPulses(db, now);
  settleGoals(db, now);
}
