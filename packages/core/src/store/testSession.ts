// Test support: a small SDR session and a store started on it with fake timers running.
import { vi } from "vitest";
import { createGoalpost } from "./createGoalpost.ts";
import type { Goalpost } from "./types.ts";

export const apiBase = "https://api.test/goalpost";
export const day = 86_400_000;

const role = {
  id: "sdr",
  name: "SDR",
  maturity: [1, 2, 3].map((level) => ({
    level,
    name: `Level ${level}`,
    description: "Books meetings",
    expectedGain: 0.25,
  })),
};
const meetings = {
  id: "meetings",
  name: "Meetings",
  description: "Meetings booked per week",
  kind: "value",
  roleIds: ["sdr"],
  unit: { type: "number" },
  direction: "increase",
  collection: "self",
  dataSource: "Calendar",
  periodDays: 28,
};

/** A session at `now` with one agreed metric (baseline 4) and, when `dueIn` is given, its goal. */
export function testSession(now: number, dueIn?: number) {
  const iso = (ms: number) => new Date(now + ms).toISOString();
  return {
    user: { id: "u-1", accountId: "acme", roleId: "sdr" },
    role,
    catalog: { metrics: [meetings], valueElements: [] },
    agreements: [
      {
        id: "agr-1",
        accountId: "acme",
        roleId: "sdr",
        metricId: "meetings",
        status: "agreed",
        proposedBy: "customer",
        agreedAt: iso(-30 * day),
        maturityLevel: 1,
        baseline: { value: 4, at: iso(-30 * day), source: "self" },
      },
    ],
    goals:
      dueIn === undefined
        ? []
        : [
            {
              id: "goal-1",
              agreementId: "agr-1",
              startValue: 4,
              target: 6,
              startAt: iso(-day),
              dueAt: iso(dueIn),
              status: "active",
              actions: [],
              valueElementIds: [],
            },
          ],
    measurements: [],
    pulseDue: false,
  };
}

/**
 * A store over `fetch`, started under fake timers (call `vi.useFakeTimers()` first): the timers
 * the start waits for are run, nothing later.
 */
export async function startFakeTimed(fetch: typeof globalThis.fetch): Promise<Goalpost> {
  const goalpost = createGoalpost({ apiBase, token: "jwt", fetch });
  const started = goalpost.start();
  for (let i = 0; i < 20 && goalpost.status.peek() !== "ready"; i++)
    await vi.advanceTimersByTimeAsync(0);
  await started;
  return goalpost;
}
