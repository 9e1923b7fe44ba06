import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { role, valueElements } from "../testFixtures.ts";
import { checkValueElements } from "./checkValueElements.ts";

describe("checkValueElements", () => {
  it("gives back the role's value elements, each once", () => {
    expect(checkValueElements(valueElements, role, ["alerts", "alerts"])).toEqual(["alerts"]);
    expect(checkValueElements(valueElements, role, [])).toEqual([]);
  });

  it("refuses an unknown id and another role's element, at its index", () => {
    expect(checkValueElements(valueElements, role, ["alerts", "nope"])).toEqual(
      Problem.invalid(["valueElementIds", 1], '"nope" is not a value element of the role'),
    );
    expect(checkValueElements(valueElements, role, ["templates"])).toEqual(
      Problem.invalid(["valueElementIds", 0], '"templates" is not a value element of the role'),
    );
  });
});
