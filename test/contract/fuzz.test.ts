import {
  CreateAgreementBody,
  CreateGoalBody,
  CreateMeasurementBody,
  CreatePulseBody,
  limits,
  UpdateAgreementBody,
  UpdateGoalBody,
  UpdateMeasurementBody,
} from "@goalpost/core";
import { AccountReport, IngestBody } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { expectAllRefused } from "./fuzz/expectAllRefused.ts";
import { fuzzEndpoint, fuzzRuns } from "./fuzz/fuzzEndpoint.ts";
import type { Json } from "./fuzz/jsonTree.ts";
import { admin } from "./support/admin.ts";
import { expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";
import type { Reply } from "./support/request.ts";

let user: TestUser;
let selfAgreement: string;
let appAgreement: string;
let goal: { id: string; actionId: string };
let entry: string;

beforeAll(async () => {
  user = newUser("sdr");
  selfAgreement = (await user.agree("meetings-booked", 4)).id;
  appAgreement = (await user.agree("qualified-contacts", 10)).id;
  const created = await user.setGoal(selfAgreement, 8, {
    actions: [{ title: "Block an hour for calls", owner: "customer" }],
  });
  goal = { id: created.id, actionId: created.actions[0]?.id ?? "" };
  entry = (await user.measure(selfAgreement, 5)).id;
  await user.send("POST", "/v1/pulses", { json: { touchpoint: "overall", score: 4 } });
});

interface FuzzCase {
  /** A body the endpoint would accept; the malformed ones are derived from it. */
  valid: () => Json;
  isValid: (body: unknown) => boolean;
  send: (text: string) => Promise<Reply>;
  /** The endpoint's body limit, when it is not `limits.maxBodyBytes`. */
  maxBytes?: number;
}

const at = daysFromNow(-1);
const cases: Record<string, FuzzCase> = {
  "POST /v1/agreements": {
    valid: () => ({
      metricId: "outreach-confidence",
      maturityLevel: 2,
      baseline: { value: 3, at, source: "scale" },
    }),
    isValid: (body) => CreateAgreementBody.safeParse(body).success,
    send: (text) => user.send("POST", "/v1/agreements", { text }),
  },
  "PATCH /v1/agreements/:id": {
    valid: () => ({
      status: "agreed",
      maturityLevel: 3,
      baseline: { value: 4, at, source: "self" },
    }),
    isValid: (body) => UpdateAgreementBody.safeParse(body).success,
    send: (text) => user.send("PATCH", `/v1/agreements/${selfAgreement}`, { text }),
  },
  "POST /v1/goals": {
    valid: () => ({
      agreementId: appAgreement,
      target: 12,
      dueAt: daysFromNow(20),
      changes: "Qualify before handing over",
      actions: [{ title: "Set up the ICP filter", owner: "vendor", done: false }],
      valueElementIds: [],
    }),
    isValid: (body) => CreateGoalBody.safeParse(body).success,
    send: (text) => user.send("POST", "/v1/goals", { text }),
  },
  "PATCH /v1/goals/:id": {
    valid: () => ({
      target: 9,
      dueAt: daysFromNow(25),
      status: "abandoned",
      changes: "More calls",
      actions: [{ id: goal.actionId, title: "Block an hour", owner: "customer", done: true }],
    }),
    isValid: (body) => UpdateGoalBody.safeParse(body).success,
    send: (text) => user.send("PATCH", `/v1/goals/${goal.id}`, { text }),
  },
  "POST /v1/measurements": {
    valid: () => ({
      id: randomId("fuzz"),
      agreementId: selfAgreement,
      value: 6,
      at,
      source: "self",
      phase: "end",
      note: "Fuzzed",
    }),
    isValid: (body) => CreateMeasurementBody.safeParse(body).success,
    send: (text) => user.send("POST", "/v1/measurements", { text }),
  },
  "PATCH /v1/measurements/:id": {
    valid: () => ({ value: 6, note: "Fuzzed" }),
    isValid: (body) => UpdateMeasurementBody.safeParse(body).success,
    send: (text) => user.send("PATCH", `/v1/measurements/${entry}`, { text }),
  },
  "POST /v1/pulses": {
    valid: () => ({ touchpoint: "product", score: 5, comment: "Fuzzed" }),
    isValid: (body) => CreatePulseBody.safeParse(body).success,
    send: (text) => user.send("POST", "/v1/pulses", { text }),
  },
  "POST /v1/ingest/measurements": {
    valid: () => ({
      measurements: [
        {
          id: randomId("fuzz"),
          accountId: user.accountId,
          roleId: "sdr",
          metricId: "qualified-contacts",
          value: 11,
          at,
          source: "app",
          note: "Fuzzed",
        },
      ],
    }),
    isValid: (body) => IngestBody.safeParse(body).success,
    send: (text) => admin("POST", "/v1/ingest/measurements", { text }),
    maxBytes: limits.maxAdminBodyBytes,
  },
};

async function snapshot() {
  const report = expectOk(
    await admin("GET", `/v1/admin/accounts/${user.accountId}/report`),
    200,
    AccountReport,
  );
  return { session: await user.session(), report: { ...report, generatedAt: "(ignored)" } };
}

describe(`fuzz: ${fuzzRuns} malformed bodies per write endpoint`, () => {
  test.each(Object.entries(cases))(
    "%s refuses them all and changes nothing",
    async (_name, fuzz) => {
      const before = await snapshot();
      const { valid, isValid, send, maxBytes } = fuzz;
      expectAllRefused(await fuzzEndpoint(valid(), isValid, send, maxBytes));
      expect(await snapshot()).toEqual(before);
    },
    120_000,
  );
});
