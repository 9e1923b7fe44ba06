import { describe, expect, it } from "vitest";
import {
  hasPython,
  nodeVerifier,
  pythonVerdicts,
} from "../../../../test/support/webhookDocSnippets.ts";
import { signWebhook } from "./signature.ts";

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
    const verify = nodeVerifier();
    for (const [header, raw, key, now, expected] of await cases()) {
      expect(verify(header, raw, key, now * 1000), header).toBe(expected);
    }
  });

  it.runIf(hasPython)("Python: the same", async () => {
    const all = await cases();
    expect(pythonVerdicts(all.map(([h, b, k, n]) => [h, b, k, n]))).toEqual(all.map((c) => c[4]));
  });
});
