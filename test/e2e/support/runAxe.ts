import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** WCAG 2.0–2.2 A and AA, plus axe's best practices. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** One axe violation, with the elements that fail it. */
export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; failureSummary: string }[];
}

/** What {@link runAxe} found: the violations, and how many elements axe checked and passed. */
export interface AxeReport {
  violations: AxeViolation[];
  /** Elements that passed some rule: proof the checked region was not empty. */
  passedNodes: number;
}

/**
 * Runs axe-core in the page on the elements matching `include` (by default the widget's host,
 * whose open shadow root axe walks) and returns its violations. Injects axe once per page.
 */
export async function runAxe(page: Page, include = "[data-goalpost-widget]"): Promise<AxeReport> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ include, tags }) => {
      const { axe } = window as unknown as { axe: { run: typeof import("axe-core").run } };
      const results: AxeResults = await axe.run(
        { include: [include] },
        { runOnly: { type: "tag", values: tags } },
      );
      return {
        passedNodes: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
        violations: results.violations.map((rule) => ({
          id: rule.id,
          impact: rule.impact,
          help: rule.help,
          helpUrl: rule.helpUrl,
          nodes: rule.nodes.map((node) => ({
            target: JSON.stringify(node.target),
            html: node.html,
            failureSummary: node.failureSummary ?? "",
          })),
        })),
      };
    },
    { include, tags },
  );
}

/** Violations as readable text: rule, impact, help, then each failing element and why. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((rule) =>
      [
        `${rule.id} (${rule.impact ?? "?"}): ${rule.help} — ${rule.helpUrl}`,
        ...rule.nodes.map(
          (node) =>
            `  at ${node.target}\n    ${node.html}\n    ${node.failureSummary.replaceAll("\n", "\n    ")}`,
        ),
      ].join("\n"),
    )
    .join("\n\n");
}
