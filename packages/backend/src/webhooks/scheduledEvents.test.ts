import { WebhookEvent } from "@goalpost/core/admin";
import type { Goal } from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { type ScheduledGoal, scheduledEvents } from "./scheduledEvents.ts";

const day = 86_400_000;
const t0 = Date.parse("2026-12-01T00:00:00.000Z");
const at = (days: number) => new Date(t0 + days * day);
const goal = (id: string, dueDays: number, extra: Partial<Goal> = {}): ScheduledGoal => ({
  accountId: "acme",
  roleId: "sdr",
  goal: {
    id,
    agreementId: `agr_${id}`,
    startValue: 4,
    target: 6,
    startAt: at(-20).toISOString(),
    dueAt: at(dueDays).toISOString(),
    status: "active",
    actions: [],
    valueElementIds: [],
    ...extra,
  },
  lastEntryAt: at(-1).toISOString(),
});
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe("scheduledEvents", () => {
  it("says a goal is missed once it is overdue, with the goal as missed", () => {
    const events = scheduledEvents([goal("g1", 2)], at(0), at(3));
    expect(ids(events)).toEqual(["goal.missed:g1"]);
    expect(events[0]).toMatchObject({ at: at(2).toISOString().replace("00.000Z", "00.001Z") });
    expect(events[0]?.data).toMatchObject({ id: "g1", status: "missed" });
    expect(WebhookEvent.safeParse(events[0]).success).toBe(true);
  });

  it("splits no hair: a run ending at the due date itself sends nothing yet, the next run does", () => {
    expect(scheduledEvents([goal("g1", 2)], at(0), at(2))).toEqual([]);
    expect(ids(scheduledEvents([goal("g1", 2)], at(2), at(2.1)))).toEqual(["goal.missed:g1"]);
  });

  it("gives the same event, by id, to runs that overlap, and none to runs that follow", () => {
    const first = scheduledEvents([goal("g1", 2)], at(0), at(3));
    const overlapping = scheduledEvents([goal("g1", 2)], at(1), at(4));
    expect(ids(overlapping)).toEqual(ids(first)); // the outbox's unique id refuses the second
    expect(scheduledEvents([goal("g1", 2)], at(3), at(5))).toEqual([]);
  });

  it("catches up after downtime, in order, leaving out a reminder that came too late", () => {
    const goals = [goal("soon", 10), goal("late", 4)];
    // Down from day 0 to day 9: "late" is missed (its due-soon moment passed with it),
    // "soon" is due in a day.
    expect(ids(scheduledEvents(goals, at(0), at(9)))).toEqual([
      "goal.missed:late",
      "goal.due_soon:soon",
    ]);
  });

  it("reminds of a check-in after a quiet spell, while the goal still runs", () => {
    const quiet = { ...goal("q", 30), lastEntryAt: at(-10).toISOString() };
    const events = scheduledEvents([quiet], at(0), at(5), { checkInDays: 14 });
    expect(ids(events)).toEqual([`checkin.overdue:q:${at(4).toISOString()}`]);
    // No entry at all since the goal started 20 days ago: due from its start.
    const { lastEntryAt: _entry, ...silent } = goal("s", 30);
    expect(ids(scheduledEvents([silent], at(-7), at(0)))).toEqual([
      `checkin.overdue:s:${at(-6).toISOString()}`,
    ]);
  });

  it("says a quiet spell's check-in is for any entry", () => {
    const quiet = { ...goal("q", 30), lastEntryAt: at(-10).toISOString() };
    const [event] = scheduledEvents([quiet], at(0), at(5), { checkInDays: 14 });
    expect(event).toMatchObject({ type: "checkin.overdue", reason: "no-recent-entry" });
    expect(WebhookEvent.safeParse(event).success).toBe(true);
  });

  it("reminds of a scale metric's end-of-period assessment when the check-in window opens", () => {
    // Due in 10 days after 30: the window is the last week (the widget's check-in rule).
    const scale = { ...goal("e", 10), scale: true };
    expect(scheduledEvents([scale], at(0), at(2.9))).toEqual([]);
    const events = scheduledEvents([scale], at(2.9), at(3.1));
    expect(ids(events)).toEqual(["checkin.overdue:e:end-assessment"]);
    expect(events[0]).toMatchObject({ at: at(3).toISOString(), reason: "end-assessment" });
    // Assessed already, or not a scale metric: nothing.
    const assessed = { ...scale, endAssessedAt: at(1).toISOString() };
    expect(scheduledEvents([assessed], at(2.9), at(3.1))).toEqual([]);
    expect(scheduledEvents([goal("e", 10)], at(2.9), at(3.1))).toEqual([]);
  });

  it("still says a goal is missed when a write stored it as missed first", () => {
    const stored = goal("m", 2, { status: "missed", closedAt: at(2).toISOString() });
    const events = scheduledEvents([stored], at(0), at(3));
    expect(ids(events)).toEqual(["goal.missed:m"]);
    expect(events[0]?.data).toMatchObject({ id: "m", status: "missed" });
    // The same event as for the goal still stored active: the outbox keeps one of them.
    expect(events).toEqual(scheduledEvents([goal("m", 2)], at(0), at(3)));
    expect(scheduledEvents([stored], at(3), at(4))).toEqual([]);
  });

  it("leaves closed goals alone", () => {
    const done = goal("d", 1, { status: "achieved", achievedAt: at(-2).toISOString() });
    expect(scheduledEvents([done], at(0), at(10))).toEqual([]);
    // Missed otherwise than by time (a correction closed it when the next goal started).
    const followed = goal("f", 5, { status: "missed", closedAt: at(1).toISOString() });
    expect(scheduledEvents([followed], at(0), at(10))).toEqual([]);
  });
});
