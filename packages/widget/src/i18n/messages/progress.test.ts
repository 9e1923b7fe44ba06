import { describe, expect, it } from "vitest";
import { corrections } from "./corrections.ts";
import { progress } from "./progress.ts";
import { setup } from "./setup.ts";
import { shell } from "./shell.ts";
import { valueCheck } from "./valueCheck.ts";

describe("progress messages", () => {
  it("override none of the shell's or the setup flows' texts", () => {
    const others = new Set([
      ...Object.keys(shell),
      ...Object.keys(setup),
      ...Object.keys(valueCheck),
    ]);
    expect(Object.keys(progress).filter((key) => others.has(key))).toEqual([]);
  });

  it("are not overridden by the corrections' texts", () => {
    const others = new Set([
      ...Object.keys(shell),
      ...Object.keys(setup),
      ...Object.keys(progress),
      ...Object.keys(valueCheck),
    ]);
    expect(Object.keys(corrections).filter((key) => others.has(key))).toEqual([]);
  });
});
