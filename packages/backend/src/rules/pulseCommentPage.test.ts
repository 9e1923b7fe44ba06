import { Problem } from "@goalpost/core";
import type { Pulse } from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { inDays } from "../testFixtures.ts";
import { pulseCommentPage } from "./pulseCommentPage.ts";

const pulse = (id: string, at: string, fields: Partial<Pulse> = {}): Pulse => ({
  id,
  accountId: "acme",
  roleId: "sdr",
  userId: "sam",
  touchpoint: "overall",
  score: 3,
  comment: `comment ${id}`,
  at,
  ...fields,
});

const pulses = [
  pulse("a", inDays(-3)),
  pulse("b", inDays(-1)),
  pulse("c", inDays(-1)), // the same time as b: by id, descending
  pulse("d", inDays(-2), { comment: undefined }),
  pulse("e", inDays(-4), { roleId: "marketer", touchpoint: "pricing" }),
];

describe("pulseCommentPage", () => {
  it("lists comments only, newest first, equal times by id descending", () => {
    const page = pulseCommentPage(pulses, {});
    if (Problem.is(page)) throw new Error(page.message);
    expect(page.items.map((c) => c.id)).toEqual(["c", "b", "a", "e"]);
  });

  it("pages by cursor through the same order, and refuses a cursor of other filters", () => {
    const first = pulseCommentPage(pulses, { limit: 3 });
    if (Problem.is(first)) throw new Error(first.message);
    const second = pulseCommentPage(pulses, { limit: 3, cursor: first.nextCursor ?? "" });
    if (Problem.is(second)) throw new Error(second.message);
    expect(second.items.map((c) => c.id)).toEqual(["e"]);
    expect(second.nextCursor).toBeNull();
    const other = pulseCommentPage(pulses, {
      touchpoint: "pricing",
      cursor: first.nextCursor ?? "",
    });
    expect(Problem.is(other)).toBe(true);
  });

  it("filters by touchpoint, role and account", () => {
    const page = pulseCommentPage(pulses, {
      touchpoint: "pricing",
      role: "marketer",
      account: "acme",
    });
    if (Problem.is(page)) throw new Error(page.message);
    expect(page.items.map((c) => c.id)).toEqual(["e"]);
  });
});
