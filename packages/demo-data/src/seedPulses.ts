import type { Pulse, Touchpoint } from "@goalpost/core/contract";
import { createRandom } from "./createRandom.ts";
import type { DemoData } from "./DemoData.ts";
import { demoUsers } from "./demoUsers.ts";

const dayMs = 86_400_000;
const touchpoints: Touchpoint[] = [
  "overall",
  "product",
  "training",
  "support",
  "problem",
  "pricing",
];
/** How each account tends to feel about Beacon. */
const mood: Record<string, number> = { acme: 4.2, globex: 2.9, initech: 3.6 };
/** Users who answered a pulse in the last 30 days, so the widget does not ask them again yet. */
const recentlyAsked = new Set(["ana.torres", "priya.raman", "hannah.cole"]);
const comments = [
  "The visitor list saves me an hour every morning.",
  "Setting up the CRM sync took longer than promised.",
  "Training was useful, but I would like more examples from our industry.",
  "Support answered within the hour, twice this month.",
  "Hard to justify the price until the revenue report is in place.",
];

/** Value pulses over the last five months from every seeded user who has something agreed. */
export function seedPulses(db: Pick<DemoData, "pulses">, now: Date): void {
  for (const user of demoUsers.filter((u) => !u.firstRun)) {
    const random = createRandom(`pulse/${user.id}`);
    const days = [150, 120, 90, 60, 35];
    if (recentlyAsked.has(user.id)) days.push(6 + Math.floor(random() * 15));
    days.forEach((daysAgo, i) => {
      const base = mood[user.accountId] ?? 3.5;
      const score = Math.min(5, Math.max(1, Math.round(base + (random() - 0.5) * 2)));
      const pulse: Pulse = {
        id: `pulse_${user.id}_${i + 1}`,
        accountId: user.accountId,
        roleId: user.roleId,
        userId: user.id,
        touchpoint: touchpoints[(i + user.id.length) % touchpoints.length] ?? "overall",
        score,
        at: new Date(now.getTime() - (daysAgo - random() * 3) * dayMs).toISOString(),
      };
      if (random() < 0.35) pulse.comment = comments[Math.floor(random() * comments.length)] ?? "";
      db.pulses.push(pulse);
    });
  }
}
