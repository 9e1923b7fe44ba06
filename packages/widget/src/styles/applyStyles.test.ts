import { describe, expect, it } from "vitest";
import { applyStyles } from "./applyStyles.ts";

describe("applyStyles", () => {
  it("adopts a constructed stylesheet where the browser has them, and removes only it", () => {
    const shadow = document.createElement("div").attachShadow({ mode: "open" });
    const theirs = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [theirs];
    const remove = applyStyles(shadow, ".gp-x { color: red; }", "abc");
    expect(shadow.adoptedStyleSheets).toHaveLength(2);
    expect(shadow.querySelector("style")).toBeNull(); // nothing a CSP governs
    remove();
    expect(shadow.adoptedStyleSheets).toEqual([theirs]);
  });

  it("falls back to a <style> carrying the CSP nonce", () => {
    const shadow = document.createElement("div").attachShadow({ mode: "open" });
    // A browser without constructable stylesheets.
    const withoutAdopted = new Proxy(shadow, {
      has: (target, key) => key !== "adoptedStyleSheets" && key in target,
      get: (target, key) => {
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const remove = applyStyles(withoutAdopted, ".gp-x { color: red; }", "n0nce");
    const style = shadow.querySelector("style");
    expect(style?.nonce).toBe("n0nce");
    expect(style?.textContent).toBe(".gp-x { color: red; }");
    remove();
    expect(shadow.querySelector("style")).toBeNull();
  });
});
