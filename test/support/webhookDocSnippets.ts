import { execFileSync } from "node:child_process";
import { createHmac, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

// The verifying snippets of docs/webhooks.md, run as the doc shows them: by the backend's test of
// the signature and by the server's test of real deliveries.

const doc = readFileSync(new URL("../../docs/webhooks.md", import.meta.url), "utf8");

function snippet(language: string): string {
  const found = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
  if (!found) throw new Error(`docs/webhooks.md has no ${language} snippet`);
  return found;
}

/** The Node snippet's `verifyGoalpost(header, rawBody, secret, nowMs)`. */
export function nodeVerifier(): (
  header: string,
  body: string,
  secret: string,
  now: number,
) => boolean {
  const source = snippet("js")
    .replace("export function", "function")
    .replace(/^import .*$/m, "");
  return new Function("createHmac", "timingSafeEqual", `${source}; return verifyGoalpost;`)(
    createHmac,
    timingSafeEqual,
  );
}

/** Whether this machine runs the Python snippet. */
export const hasPython = (() => {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/**
 * The Python snippet's `verify_goalpost` on each case [header, raw body, secret, now in seconds]:
 * what it answered, in order.
 */
export function pythonVerdicts(cases: readonly [string, string, string, number][]): boolean[] {
  const program = `${snippet("python")}
import json, sys
for header, raw, key, now in json.load(sys.stdin):
    print(verify_goalpost(header, raw.encode(), key, now))
`;
  const out = execFileSync("python3", ["-c", program], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return out
    .trim()
    .split("\n")
    .map((line) => line === "True");
}
