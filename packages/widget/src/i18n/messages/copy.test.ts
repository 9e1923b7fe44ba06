import { describe, expect, it } from "vitest";
import { en } from "../messages.ts";

// The widget's English says each thing one way on every screen.
const texts = Object.entries(en);

describe("the widget's copy", () => {
  it("calls a metric a metric ('measure' is only the verb)", () => {
    const noun = /\b(?:a|an|the|this|that|every|each|one|more|your|value|other) measures?\b/i;
    expect(texts.filter(([, text]) => noun.test(text))).toEqual([]);
  });

  it("names the role without making it an article-less noun ('as Digital marketer')", () => {
    expect(texts.filter(([, text]) => /\bas \{role\}/.test(text))).toEqual([]);
  });

  it("names who does an action the same way where it is chosen and where it is shown", () => {
    expect([en.goalOwner_customer, en.goalOwner_vendor]).toEqual([en.planByYou, en.planByUs]);
  });

  it("names the plan screen as its button does", () => {
    expect(en.elementsTitle.startsWith(`${en.whatHelps}: `)).toBe(true);
  });
});
