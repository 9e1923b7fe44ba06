import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { signatureHeader, verifyWebhook } from "@goalpost/backend";
import { WebhookEvent } from "@goalpost/core/contract";

/** One request a receiver got. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  body: string;
}

/** How the receiver answers a request: writes `res` (or holds it open by not ending it). */
export type Answer = (res: ServerResponse, received: Received) => void;

const ok: Answer = (res) => res.writeHead(200, { "content-type": "text/plain" }).end("ok");

/**
 * A webhook receiver on 127.0.0.1 (a node:http server on `port`, a free one unless given) that
 * keeps every request it gets and answers it with `answer` (200 "ok" unless changed with
 * `answerWith`).
 */
export async function startReceiver(answer: Answer = ok, port = 0) {
  const received: Received[] = [];
  let current = answer;
  let waiting: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const one = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(one);
      for (const w of waiting) if (received.length >= w.count) w.resolve();
      waiting = waiting.filter((w) => received.length < w.count);
      current(res, one);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const listening = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${listening}`,
    port: listening,
    received,
    /** The events received, in the order they came. */
    events: () => received.map((r) => WebhookEvent.parse(JSON.parse(r.body))),
    /** Answers the requests from now on with `answer`. */
    answerWith(next: Answer) {
      current = next;
    },
    /** Resolves once `count` requests have come in all. */
    receivedCount(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiting.push({ count, resolve }));
    },
    /** Whether a request's signature checks out under `secret`, now. */
    async verify(request: Received, secret: string) {
      const header = request.headers[signatureHeader];
      return verifyWebhook(
        typeof header === "string" ? header : "",
        request.body,
        [secret],
        new Date(),
      );
    },
    /** Stops listening and cuts every connection (held answers too). */
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A receiver started by {@link startReceiver}. */
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
