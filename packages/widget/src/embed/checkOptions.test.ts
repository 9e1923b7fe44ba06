import { afterEach, describe, expect, it, vi } from "vitest";
import { checkOptions } from "./checkOptions.ts";

afterEach(() => vi.restoreAllMocks());

const apiBase = "https://api.example.com/goalpost";

describe("checkOptions", () => {
  it("warns once about each unknown option, naming it", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const problem = checkOptions({ apiBase, token: "t", targt: "#goals", colour: "red" });
    expect(problem).toBeUndefined(); // still starts: an unknown option is not fatal
    expect(warn.mock.calls).toEqual([
      ['Goalpost: unknown option "targt" ignored'],
      ['Goalpost: unknown option "colour" ignored'],
    ]);
  });

  it("takes every known option without a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const options = {
      ...{ apiBase, token: "t", target: "#goals", theme: "dark", nonce: "n", locale: "de" },
      ...{ messages: {}, open: true, onAction: () => {}, fetch, storage: undefined },
    };
    expect(checkOptions(options)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([["de"], [null], [42]])("refuses messages that are not an object: %o", (messages) => {
    expect(checkOptions({ apiBase, token: "t", messages })).toBe(
      `messages must be an object of texts, not ${JSON.stringify(messages)}`,
    );
  });
});
