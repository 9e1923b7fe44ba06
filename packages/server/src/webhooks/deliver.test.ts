import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { deliveryLimits, deliveryRequest } from "@goalpost/backend";
import type { WebhookEvent } from "@goalpost/core/contract";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Receiver, startReceiver } from "../testing/startReceiver.ts";
import { deliver } from "./deliver.ts";

const secret = "whsec_test";
const event: WebhookEvent = {
  id: "evt_1",
  type: "pulse.submitted",
  at: "2026-03-02T09:00:00.000Z",
  accountId: "acme",
  roleId: "sdr",
  data: { score: 2 },
};
const signed = () => deliveryRequest(event, [secret], new Date());
const local = { timeoutMs: 2000, allowPrivate: true };

describe("deliver", () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.answerWith((res) => res.writeHead(200).end("ok"));
  });

  it("POSTs the signed event and reports the receiver's 2xx", async () => {
    const outcome = await deliver(`${receiver.url}/hooks`, await signed(), local);
    expect(outcome).toEqual({ status: 200, excerpt: "ok" });
    const [request] = receiver.received;
    expect(request).toMatchObject({ method: "POST", path: "/hooks" });
    expect(request?.headers["goalpost-event-id"]).toBe("evt_1");
    expect(JSON.parse(request?.body ?? "")).toEqual(event);
    expect(request && (await receiver.verify(request, secret))).toMatchObject({ ok: true });
  });

  it("reports a 500 with the start of its answer", async () => {
    receiver.answerWith((res) => res.writeHead(500).end("database down"));
    expect(await deliver(receiver.url, await signed(), local)).toEqual({
      status: 500,
      excerpt: "database down",
    });
  });

  it("gives up on a receiver that never answers once the timeout passes", async () => {
    let closed: Promise<void> = Promise.resolve();
    receiver.answerWith((res) => {
      closed = new Promise((resolve) => res.on("close", resolve));
    });
    const outcome = await deliver(receiver.url, await signed(), { ...local, timeoutMs: 150 });
    expect(outcome).toEqual({ error: "timed out after 150 ms" });
    await closed; // the connection was dropped, not left open
  });

  it("reads at most the limit of an endless answer, then drops the connection", async () => {
    let written = 0;
    let closed: Promise<void> = Promise.resolve();
    receiver.answerWith((res) => {
      closed = new Promise((resolve) => res.on("close", resolve));
      res.writeHead(200);
      const chunk = "x".repeat(64 * 1024);
      const more = () => {
        let room = true;
        while (room && !res.destroyed) {
          written += chunk.length;
          room = res.write(chunk);
        }
      };
      res.on("drain", more);
      more();
    });
    const outcome = await deliver(receiver.url, await signed(), local);
    await closed;
    expect(outcome).toMatchObject({ status: 200 });
    const { excerpt } = outcome as { excerpt: string };
    expect(excerpt.length).toBe(deliveryLimits.excerptChars);
    expect(excerpt.startsWith("xxxx")).toBe(true);
    expect(written).toBeGreaterThan(deliveryLimits.maxResponseBytes);
  });

  it("does not follow a redirect: a 3xx is a failure that says so", async () => {
    receiver.answerWith((res) => res.writeHead(302, { location: "/elsewhere" }).end());
    const outcome = await deliver(`${receiver.url}/hooks`, await signed(), local);
    expect(outcome).toEqual({
      status: 302,
      excerpt: "",
      error: "redirect to /elsewhere not followed",
    });
    expect(receiver.received.map((r) => r.path)).toEqual(["/hooks"]);
  });

  it("refuses loopback unless private addresses are allowed", async () => {
    const outcome = await deliver(receiver.url, await signed(), { timeoutMs: 2000 });
    expect(outcome).toEqual({ error: "refused: 127.0.0.1 is not a public address" });
    expect(receiver.received).toEqual([]);
  });

  it.each([
    ["http://10.0.0.5:8080/hooks", "10.0.0.5"],
    ["https://169.254.169.254/latest", "169.254.169.254"],
    ["http://[::1]:9/", "::1"],
    ["http://[::ffff:192.168.1.1]/", "::ffff:c0a8:101"],
  ])("refuses the address written in %s without connecting", async (url, address) => {
    expect(await deliver(url, await signed(), { timeoutMs: 2000 })).toEqual({
      error: `refused: ${address} is not a public address`,
    });
  });

  it("refuses a name when any of its addresses is private, and connects to the one it checked", async () => {
    const resolveTo = (address: string) => async () => [{ address, family: 4 }];
    const url = `http://receiver.test:${receiver.port}/`;
    const mixed = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    expect(await deliver(url, await signed(), { timeoutMs: 2000, resolve: mixed })).toEqual({
      error: "refused: 127.0.0.1 is not a public address",
    });
    expect(await deliver("http://localhost:9/", await signed(), { timeoutMs: 2000 })).toMatchObject(
      {
        error: expect.stringMatching(/^refused: (127\.0\.0\.1|::1) is not a public address$/),
      },
    );
    expect(receiver.received).toEqual([]);
    // Allowed, the connection goes to the address resolved (the name itself resolves nowhere).
    const outcome = await deliver(url, await signed(), {
      ...local,
      resolve: resolveTo("127.0.0.1"),
    });
    expect(outcome).toEqual({ status: 200, excerpt: "ok" });
    expect(receiver.received[0]?.headers.host).toBe(`receiver.test:${receiver.port}`);
  });

  it("says so when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await deliver(`http://127.0.0.1:${port}/`, await signed(), local)).toEqual({
      error: "connection refused",
    });
  });
});
