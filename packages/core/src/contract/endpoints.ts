import type * as z from "zod/mini";
import { Agreement, CreateAgreementBody, UpdateAgreementBody } from "./agreement.ts";
import { Catalog } from "./catalog.ts";
import { CreateGoalBody, Goal, UpdateGoalBody } from "./goal.ts";
import {
  CreateMeasurementBody,
  IngestBody,
  IngestResult,
  Measurement,
  MeasurementPage,
  MeasurementPageQuery,
} from "./measurement.ts";
import { CreatePulseBody, Pulse } from "./pulse.ts";
import { AccountReport, KpiQuery, KpiReport } from "./reports.ts";
import { Session } from "./session.ts";

/**
 * Describes one endpoint of the HTTP contract. The client is driven by this table; the OpenAPI
 * document is generated from it plus the prose in scripts/endpointDocs.ts (kept out of bundles).
 */
export interface Endpoint {
  method: "GET" | "POST" | "PUT" | "PATCH";
  /** Express-style path, e.g. `/v1/goals/:id`. */
  path: string;
  /** `user`: a signed user token; `admin`: the admin key. */
  auth: "user" | "admin";
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Status of a success; 201 endpoints answer 200 to an idempotent replay. */
  status: 200 | 201;
}

/** The whole HTTP contract (v1), one entry per endpoint. */
export const endpoints = {
  getSession: {
    method: "GET",
    path: "/v1/session",
    auth: "user",
    response: Session,
    status: 200,
  },
  createAgreement: {
    method: "POST",
    path: "/v1/agreements",
    auth: "user",
    body: CreateAgreementBody,
    response: Agreement,
    status: 201,
  },
  updateAgreement: {
    method: "PATCH",
    path: "/v1/agreements/:id",
    auth: "user",
    body: UpdateAgreementBody,
    response: Agreement,
    status: 200,
  },
  createGoal: {
    method: "POST",
    path: "/v1/goals",
    auth: "user",
    body: CreateGoalBody,
    response: Goal,
    status: 201,
  },
  updateGoal: {
    method: "PATCH",
    path: "/v1/goals/:id",
    auth: "user",
    body: UpdateGoalBody,
    response: Goal,
    status: 200,
  },
  createMeasurement: {
    method: "POST",
    path: "/v1/measurements",
    auth: "user",
    body: CreateMeasurementBody,
    response: Measurement,
    status: 201,
  },
  listMeasurements: {
    method: "GET",
    path: "/v1/agreements/:id/measurements",
    auth: "user",
    query: MeasurementPageQuery,
    response: MeasurementPage,
    status: 200,
  },
  createPulse: {
    method: "POST",
    path: "/v1/pulses",
    auth: "user",
    body: CreatePulseBody,
    response: Pulse,
    status: 201,
  },
  putCatalog: {
    method: "PUT",
    path: "/v1/admin/catalog",
    auth: "admin",
    body: Catalog,
    response: Catalog,
    status: 200,
  },
  ingestMeasurements: {
    method: "POST",
    path: "/v1/ingest/measurements",
    auth: "admin",
    body: IngestBody,
    response: IngestResult,
    status: 200,
  },
  getKpis: {
    method: "GET",
    path: "/v1/admin/kpis",
    auth: "admin",
    query: KpiQuery,
    response: KpiReport,
    status: 200,
  },
  getAccountReport: {
    method: "GET",
    path: "/v1/admin/accounts/:id/report",
    auth: "admin",
    response: AccountReport,
    status: 200,
  },
} as const satisfies Record<string, Endpoint>;
