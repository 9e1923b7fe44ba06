import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./signature.ts";

const secret = "whsec_test_0123456789abcdef0123456789";
const body = '{"id":"evt_1","type":"goal.achieved"}';
const t = 1_764_806_400; // 2025-12-04T00:00:00Z
const at = (seconds: number) => new Date((t + seconds) * 1000);

describe("signWebhook", () => {
  it("signs the timestamp and the raw body, as an independent HMAC computes it", async () => {
    const header = await signWebhook([secret], t, body);
    const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
    expect(header).toBe(`t=${t},v1=${expected}`);
  });

  it("carries one signature per secret during a rotation", async () => {
    const header = await signWebhook([secret, "whsec_new_secret_abcdefabcdefabcdef"], t, body);
    expect(header.split(",")).toHaveLength(3);
    expect(
      await verifyWebhook(header, body, ["whsec_new_secret_abcdefabcdefabcdef"], at(0)),
    ).toEqual({
      ok: true,
      timestamp: t,
    });
  });

  it("refuses no secret and a timestamp that is not whole seconds", async () => {
    await expect(signWebhook([], t, body)).rejects.toThrow(/at least one secret/);
    await expect(signWebhook([secret], 1.5, body)).rejects.toThrow(/whole unix seconds/);
  });
});

describe("verifyWebhook", () => {
  it("accepts a genuine, fresh delivery", async () => {
    const header = await signWebhook([secret], t, body);
    expect(await verifyWebhook(header, body, [secret], at(299))).toEqual({
      ok: true,
      timestamp: t,
    });
  });

  it("refuses a tampered body, another secret, and an old or future timestamp", async () => {
    const header = await signWebhook([secret], t, body);
    const tampered = body.replace("achieved", "missed");
    expect(await verifyWebhook(header, tampered, [secret], at(0))).toMatchObject({
      reason: "mismatch",
    });
    expect(
      await verifyWebhook(header, body, ["whsec_other_000000000000000000"], at(0)),
    ).toMatchObject({
      reason: "mismatch",
    });
    expect(await verifyWebhook(header, body, [secret], at(301))).toMatchObject({
      ok: false,
      reason: "stale",
      message: expect.stringMatching(/^the delivery is 301 s from this clock, over 300 s/),
    });
    expect(await verifyWebhook(header, body, [secret], at(-301))).toMatchObject({
      reason: "stale",
    });
    // A re-signed old timestamp is still old.
    const replay = await signWebhook([secret], t - 3600, body);
    expect(await verifyWebhook(replay, body, [secret], at(0))).toMatchObject({ reason: "stale" });
  });

  it.each([
    [undefined],
    [""],
    ["v1=abc"],
    [`t=${t}`],
    [`t=${t},t=${t},v1=${"a".repeat(64)}`],
    [`t=soon,v1=${"a".repeat(64)}`],
    [`t=${t},v1=${"g".repeat(64)}`],
  ])("refuses a malformed header: %s", async (header) => {
    expect(await verifyWebhook(header, body, [secret], at(0))).toMatchObject({
      ok: false,
      reason: "malformed",
    });
  });
});
