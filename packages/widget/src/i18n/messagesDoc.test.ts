import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corrections } from "./messages/corrections.ts";
import { loader } from "./messages/loader.ts";
import { progress } from "./messages/progress.ts";
import { setup } from "./messages/setup.ts";
import { shell } from "./messages/shell.ts";
import { valueCheck } from "./messages/valueCheck.ts";

// docs/theming-and-translation.md lists every message for translators: it must not drift.
const doc = readFileSync(
  join(import.meta.dirname, "../../../../docs/theming-and-translation.md"),
  "utf8",
);
const tables = [...doc.matchAll(/\| key \| English \|\n\| --- \| --- \|\n((?:\|.*\|\n)+)/g)].map(
  (match) =>
    (match[1] ?? "")
      .trim()
      .split("\n")
      .map((row) => /^\| `([^`]+)` \| (.*) \|$/.exec(row)?.slice(1, 3)),
);

describe("the messages table of docs/theming-and-translation.md", () => {
  it.each([
    ["shell", shell, 0],
    ["setup", setup, 1],
    ["progress", progress, 2],
    ["valueCheck", valueCheck, 3],
    ["corrections", corrections, 4],
    ["loader", loader, 5],
  ] as const)("lists every %s message, in order, with its English text", (_name, messages, i) => {
    const listed = tables[i] ?? [];
    expect(listed).toEqual(
      Object.entries(messages).map(([key, text]) => [key, text.replace(/\|/g, "\\|")]),
    );
  });

  it("gives the right count", () => {
    const count = Object.keys({
      ...shell,
      ...setup,
      ...progress,
      ...valueCheck,
      ...corrections,
      ...loader,
    }).length;
    expect(doc).toContain(`: ${count} keys, in the order`);
  });
});
