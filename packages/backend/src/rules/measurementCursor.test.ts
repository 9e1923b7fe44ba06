import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, newestFirst } from "./measurementCursor.ts";

const last = { at: "2026-03-01T09:00:00.000Z", id: "m_7", agreementId: "agr_1" };
const unreadable = Problem.invalid(["cursor"], "is not a cursor this list gave out");

describe("measurement cursors", () => {
  it("decode to the position they were made at, for their own list", () => {
    expect(decodeCursor(encodeCursor(last), "agr_1")).toEqual({ at: last.at, id: last.id });
  });

  it("refuse a cursor of another list, a forged one and garbage", () => {
    expect(decodeCursor(encodeCursor(last), "agr_2")).toEqual(unreadable);
    const forged = btoa(JSON.stringify(["yesterday", "m_7", "agr_1"])).replace(/=+$/, "");
    expect(decodeCursor(forged, "agr_1")).toEqual(unreadable);
    expect(decodeCursor("bogus", "agr_1")).toEqual(unreadable);
  });

  it("sort newest first, then by id descending", () => {
    const items = [
      { at: "2026-03-01T00:00:00Z", id: "a" },
      { at: "2026-03-02T00:00:00Z", id: "a" },
      { at: "2026-03-01T00:00:00Z", id: "b" },
    ];
    expect([...items].sort(newestFirst)).toEqual([items[1], items[2], items[0]]);
  });
});
