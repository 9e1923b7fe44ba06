import {
  Agreement,
  type CreateGoalBody,
  type CreateMeasurementBody,
  Goal,
  Measurement,
  Session,
} from "@goalpost/core";
import type { DemoRoleId } from "./demo.ts";
import { expectOk } from "./expectReply.ts";
import { daysFromNow, randomId } from "./randomId.ts";
import { type Reply, type RequestOptions, request } from "./request.ts";
import { signToken } from "./signToken.ts";
import { target } from "./target.ts";

/** An end user of a fresh (or given) account, with a signed token and the common steps. */
export interface TestUser {
  accountId: string;
  userId: string;
  roleId: DemoRoleId;
  name: string;
  token: string;
  /** Sends a request with this user's token. */
  send(
    method: string,
    path: string,
    options?: Omit<RequestOptions, "authorization">,
  ): Promise<Reply>;
  /**
   * `GET /v1/session`, checked against the contract, with the catalog's metrics and value
   * elements listed by id. Their order is the deployment's, and a file that puts the catalog back
   * (adminCatalog.test.ts, from the union `readCatalog` reads) may change it while files run side
   * by side: sessions taken before and after a refused write then compare by content.
   */
  session(): Promise<Session>;
  /** Agrees a metric with a baseline (`POST` then `PATCH`), checked; returns the agreement. */
  agree(metricId: string, baseline: number): Promise<Agreement>;
  /** Sets the next goal, due in 30 days unless `extra.dueAt` says otherwise. */
  setGoal(agreementId: string, target: number, extra?: Partial<CreateGoalBody>): Promise<Goal>;
  /** Logs a self-reported measurement with a fresh id unless `extra` says otherwise. */
  measure(
    agreementId: string,
    value: number,
    extra?: Partial<CreateMeasurementBody>,
  ): Promise<Measurement>;
}

/**
 * Makes a user named by a freshly signed token. Accounts and users come into being when a valid
 * token first names them, so a new account id isolates the test from every other test.
 */
export function newUser(
  roleId: DemoRoleId,
  options: { accountId?: string; name?: string } = {},
): TestUser {
  const accountId = options.accountId ?? randomId("acct");
  const userId = randomId("user");
  const name = options.name ?? `Contract tester ${userId.slice(-6)}`;
  const token = signToken(
    { sub: userId, acc: accountId, role: roleId, name },
    target.signingSecret,
  );
  const send: TestUser["send"] = (method, path, requestOptions = {}) =>
    request(method, path, { ...requestOptions, authorization: `Bearer ${token}` });

  return {
    accountId,
    userId,
    roleId,
    name,
    token,
    send,
    async session() {
      const session = expectOk(await send("GET", "/v1/session"), 200, Session);
      const byId = (a: { id: string }, b: { id: string }) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return {
        ...session,
        catalog: {
          ...session.catalog,
          metrics: [...session.catalog.metrics].sort(byId),
          valueElements: [...session.catalog.valueElements].sort(byId),
        },
      };
    },
    async agree(metricId, baseline) {
      const created = expectOk(
        await send("POST", "/v1/agreements", { json: { metricId } }),
        201,
        Agreement,
      );
      const json = { baseline: { value: baseline } };
      return expectOk(
        await send("PATCH", `/v1/agreements/${created.id}`, { json }),
        200,
        Agreement,
      );
    },
    async setGoal(agreementId, goalTarget, extra = {}) {
      const json = { agreementId, target: goalTarget, dueAt: daysFromNow(30), ...extra };
      return expectOk(await send("POST", "/v1/goals", { json }), 201, Goal);
    },
    async measure(agreementId, value, extra = {}) {
      const json = { id: randomId("m"), agreementId, value, source: "self", ...extra };
      return expectOk(await send("POST", "/v1/measurements", { json }), 201, Measurement);
    },
  };
}
