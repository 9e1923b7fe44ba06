import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

it("importing the npm entry changes nothing in the page", async () => {
  const before = document.documentElement.outerHTML;
  const entry = await import("./index.ts");
  expect(Object.keys(entry).sort()).toEqual([
    "createWidget",
    "defaultMessages",
    "defineGoalpostElement",
  ]);
  expect(customElements.get("goalpost-widget")).toBeUndefined();
  expect("Goalpost" in window).toBe(false);
  expect(document.documentElement.outerHTML).toBe(before);
});

it("package.json marks only the script-tag entry as having side effects", () => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8"));
  expect(pkg.sideEffects).toEqual(["./src/embed.ts", "./dist/goalpost.js"]);
});
