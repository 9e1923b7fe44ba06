/**
 * The calls bench/server-speed.ts makes, shared with its floor process (bench/support/
 * floorServer.ts) so that both send the same bodies: a light HTTP client (node:http with kept-
 * alive connections, lighter than fetch, so the load takes less of the CPU it measures), the
 * set-up of a bench user, a measurement's body and an ingest batch.
 */
import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { signToken } from "../../test/contract/support/signToken.ts";

/** An SDR in an account of their own with "meetings booked" agreed and a goal set. */
export interface BenchUser {
  token: string;
  accountId: string;
  agreementId: string;
}

/** An answer: its status, its body as text, and how long it took in ms. */
export interface Answer {
  status: number;
  text: string;
  ms: number;
}

/** A client for one base URL, keeping up to `sockets` connections alive. */
export function httpClient(base: string, sockets: number) {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    call(method: string, path: string, auth: string, body?: unknown): Promise<Answer> {
      const started = performance.now();
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const req = request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            method,
            path,
            headers: {
              authorization: `Bearer ${auth}`,
              ...(payload === undefined
                ? {}
                : {
                    "content-type": "application/json",
                    "content-length": Buffer.byteLength(payload),
                  }),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () =>
              resolve({
                status: res.statusCode ?? 0,
                text: Buffer.concat(chunks).toString("utf8"),
                ms: performance.now() - started,
              }),
            );
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

/** A bench user set up through the API (not timed): two metrics agreed, a goal far away. */
export async function setUpUser(
  client: ReturnType<typeof httpClient>,
  secret: string,
  run: string,
  n: number,
): Promise<BenchUser> {
  const accountId = `bench-${run}-${n}`;
  const token = signToken(
    {
      sub: `${accountId}-sdr`,
      acc: accountId,
      role: "sdr",
      exp: Math.floor(Date.now() / 1000) + 6 * 3600,
    },
    secret,
  );
  const expect = async (answer: Promise<Answer>, status: number, what: string) => {
    const a = await answer;
    if (a.status !== status)
      throw new Error(`${what}: expected ${status}, got ${a.status} ${a.text}`);
    return JSON.parse(a.text) as Record<string, unknown>;
  };
  const agree = (metricId: string) =>
    expect(
      client.call("POST", "/v1/agreements", token, { metricId, baseline: { value: 4 } }),
      201,
      `agree ${metricId}`,
    );
  const agreementId = String((await agree("meetings-booked")).id);
  await agree("qualified-contacts");
  const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  // Far away, so that no measurement ends the goal during the run.
  await expect(
    client.call("POST", "/v1/goals", token, { agreementId, target: 1_000_000, dueAt }),
    201,
    "set a goal",
  );
  return { token, accountId, agreementId };
}

/** A self-reported measurement for the user's goal, with a fresh id. */
export function measurementBody(user: BenchUser) {
  return {
    id: randomUUID(),
    agreementId: user.agreementId,
    value: 4 + Math.floor(Math.random() * 10),
    source: "self",
  };
}

/** An ingest batch of 100 app data points for random users' "qualified contacts". */
export function ingestBatch(users: readonly BenchUser[]) {
  return {
    measurements: Array.from({ length: 100 }, () => {
      const user = users[Math.floor(Math.random() * users.length)] as BenchUser;
      return {
        id: randomUUID(),
        accountId: user.accountId,
        roleId: "sdr",
        metricId: "qualified-contacts",
        value: 4 + Math.floor(Math.random() * 10),
        at: new Date().toISOString(),
        source: "app",
      };
    }),
  };
}
