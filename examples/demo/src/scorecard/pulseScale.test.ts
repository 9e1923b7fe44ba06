import { defaultMessages } from "@goalpost/widget";
import { describe, expect, it } from "vitest";
import { pulseScaleLegend, scoreWords } from "./pulseScale.ts";

describe("the scorecard's pulse scale", () => {
  it("reads a mean score in the words the widget asks with", () => {
    expect(scoreWords(4.2)).toBe(defaultMessages.pulseScore4);
    expect(scoreWords(1)).toBe(defaultMessages.pulseScore1);
    expect(scoreWords(4.5)).toBe(defaultMessages.pulseScore5);
    expect(pulseScaleLegend).toBe(
      "1 No value yet · 2 A little value · 3 Some value · 4 A lot of value · 5 Essential",
    );
  });
});
