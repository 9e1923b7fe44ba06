import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./signature.ts";

// The verifying snippets of docs/webhooks.md, run as the doc shows them.
const doc = readFileSync(new URL("../../../../docs/webhooks.md", import.meta.url), "utf8");
const snippet = (language: string) => {
  const found = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
  if (!found) throw new Error(`docs/webhooks.md has no ${language} snippet`);
  return found;
};

const secret = "whsec_docs_0123456789abcdef012345";
const body = '{"id":"evt_1","type":"goal.achieved","data":{"note":"ü"}}';
const t = 1_764_806_400;

/** The cases every snippet must get right: [header, body, secret, now in seconds, expected]. */
async function cases(): Promise<[string, string, string, number, boolean][]> {
  const header = await signWebhook([secret], t, body);
  return [
    [header, body, secret, t + 10, true],
    [header, body.replace("achieved", "missed"), secret, t + 10, false],
    [header, body, "whsec_other_00000000000000000000", t + 10, false],
    [header, body, secret, t + 301, false],
    [
      await signWebhook(["whsec_old_0000000000000000000000", secret], t, body),
      body,
      secret,
      t,
      true,
    ],
    [`t=${t}`, body, secret, t, false],
  ];
}

describe("docs/webhooks.md's snippets", () => {
  it("Node: accepts the genuine delivery and refuses the others", async () => {
    const source = snippet("js").replace("export function", "function");
    const verify = new Function(
      "createHmac",
      "timingSafeEqual",
      `${source.replace(/^import .*$/m, "")}; return verifyGoalpost;`,
    )((await import("node:crypto")).createHmac, (await import("node:crypto")).timingSafeEqual) as (
      header: string,
      body: string,
      secret: string,
      now: number,
    ) => boolean;
    for (const [header, raw, key, now, expected] of await cases()) {
      expect(verify(header, raw, key, now * 1000), header).toBe(expected);
    }
  });

  const python = (() => {
    try {
      execFileSync("python3", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it.runIf(python)("Python: the same", async () => {
    const program = `${snippet("python")}
import json, sys
for header, raw, key, now, expected in json.load(sys.stdin):
    print(verify_goalpost(header, raw.encode(), key, now) == expected)
`;
    const out = execFileSync("python3", ["-c", program], {
      input: JSON.stringify(await cases()),
      encoding: "utf8",
    });
    expect(out.trim().split("\n")).toEqual(Array(6).fill("True"));
  });
});
