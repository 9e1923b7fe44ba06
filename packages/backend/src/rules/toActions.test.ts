import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { toActions } from "./toActions.ts";

const current = [{ id: "act_1", title: "Alerts", owner: "customer" as const, done: true }];

describe("toActions", () => {
  it("gives new actions an id and keeps known ids", () => {
    const actions = toActions([
      { id: "act_1", title: "Alerts", owner: "customer" },
      { title: "Call back", owner: "vendor" },
    ]);
    expect(actions).toEqual([
      { id: "act_1", title: "Alerts", owner: "customer", done: false },
      { id: expect.stringMatching(/^act_/), title: "Call back", owner: "vendor", done: false },
    ]);
  });

  it("keeps an action's done unless sent, and takes it when sent", () => {
    const input = { id: "act_1", title: "Alerts", owner: "customer" as const };
    expect(toActions([input], current)).toMatchObject([{ done: true }]);
    expect(toActions([{ ...input, done: false }], current)).toMatchObject([{ done: false }]);
    expect(toActions([{ title: "New", owner: "customer" }], current)).toMatchObject([
      { done: false },
    ]);
  });

  it("refuses an id used twice", () => {
    const twice = { id: "act_1", title: "Alerts", owner: "customer" as const };
    expect(toActions([twice, { title: "x", owner: "customer" }, twice])).toEqual(
      Problem.invalid(["actions", 2, "id"], "is used twice"),
    );
  });
});
