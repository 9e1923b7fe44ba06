import { describe, expect, it } from "vitest";
import { baseCss } from "./baseCss.ts";

/** The --gp-* colours of one rule of baseCss (the dark rule only overrides). */
function tokens(selector: string): Record<string, string> {
  const start = baseCss.indexOf(`${selector} {`);
  const block = baseCss.slice(start, baseCss.indexOf("}", start));
  return Object.fromEntries(
    [...block.matchAll(/--gp-([\w-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]),
  );
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const light = tokens(":host");
const themes = { light, dark: { ...light, ...tokens(':host([data-goalpost-theme="dark"])') } };

// [foreground, background, minimum]: 4.5 for text (AA), 3 for boundaries and focus rings.
const pairs: [string, string, number][] = [
  ["fg", "bg", 4.5], // body text
  ["fg", "surface", 4.5], // text on cards
  ["muted", "surface", 4.5], // hints on cards
  ["muted", "bg", 4.5],
  ["on-accent", "accent", 4.5], // primary button text, launcher
  ["accent", "bg", 4.5], // quiet button text
  ["accent", "surface", 4.5],
  ["bad", "bg", 4.5], // error text
  ["bad", "surface", 4.5],
  ["good", "bg", 4.5],
  ["good", "surface", 4.5],
  ["border", "bg", 3], // input boundaries (WCAG 1.4.11)
  ["border", "surface", 3],
  ["focus", "bg", 3], // focus ring
  ["focus", "surface", 3],
];

describe("baseCss tokens meet WCAG AA contrast", () => {
  it("computes ratios as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  for (const [theme, colours] of Object.entries(themes)) {
    it.each(pairs)(`${theme}: --gp-%s on --gp-%s is at least %d:1`, (fg, bg, minimum) => {
      const [a, b] = [colours[fg], colours[bg]];
      expect(a && b, `--gp-${fg} and --gp-${bg} are defined`).toBeTruthy();
      expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(minimum);
    });
  }
});
