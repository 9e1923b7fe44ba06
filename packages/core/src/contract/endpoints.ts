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

/** Describes one endpoint of the HTTP contract; the OpenAPI document is generated from these. */
export interface Endpoint {
  method: "GET" | "POST" | "PUT" | "PATCH";
  /** Express-style path, e.g. `/v1/goals/:id`. */
  path: string;
  /** `user`: a signed user token; `admin`: the admin key. */
  auth: "user" | "admin";
  summary: string;
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Status of a success; 201 endpoints answer 200 to an idempotent replay. */
  status: 200 | 201;
  /** Error statuses this endpoint can answer besides 401, 429 and 5xx. */
  errors: readonly number[];
}

/** The whole HTTP contract (v1), one entry per endpoint. */
export const endpoints = {
  getSession: {
    method: "GET",
    path: "/v1/session",
    auth: "user",
    summary: "Everything the widget needs to start, in one round trip",
    response: Session,
    status: 200,
    errors: [],
  },
  createAgreement: {
    method: "POST",
    path: "/v1/agreements",
    auth: "user",
    summary: "Agree a metric of the user's role (409 if one is already in place)",
    body: CreateAgreementBody,
    response: Agreement,
    status: 201,
    errors: [400, 404, 409, 413, 422],
  },
  updateAgreement: {
    method: "PATCH",
    path: "/v1/agreements/:id",
    auth: "user",
    summary: "Change an agreement's status, maturity level or baseline",
    body: UpdateAgreementBody,
    response: Agreement,
    status: 200,
    errors: [400, 403, 404, 409, 413, 422],
  },
  createGoal: {
    method: "POST",
    path: "/v1/goals",
    auth: "user",
    summary: "Set the next goal for an agreement (409 if an active goal exists)",
    body: CreateGoalBody,
    response: Goal,
    status: 201,
    errors: [400, 403, 404, 409, 413, 422],
  },
  updateGoal: {
    method: "PATCH",
    path: "/v1/goals/:id",
    auth: "user",
    summary: "Edit an active goal, tick its actions, or abandon it",
    body: UpdateGoalBody,
    response: Goal,
    status: 200,
    errors: [400, 403, 404, 409, 413, 422],
  },
  createMeasurement: {
    method: "POST",
    path: "/v1/measurements",
    auth: "user",
    summary: "Log a data point (idempotent by client-generated id); may achieve the goal",
    body: CreateMeasurementBody,
    response: Measurement,
    status: 201,
    errors: [400, 403, 404, 409, 413, 422],
  },
  listMeasurements: {
    method: "GET",
    path: "/v1/agreements/:id/measurements",
    auth: "user",
    summary: "An agreement's measurements, newest first, paginated",
    query: MeasurementPageQuery,
    response: MeasurementPage,
    status: 200,
    errors: [400, 403, 404, 422],
  },
  createPulse: {
    method: "POST",
    path: "/v1/pulses",
    auth: "user",
    summary: "Record the user's perceived value for a touchpoint",
    body: CreatePulseBody,
    response: Pulse,
    status: 201,
    errors: [400, 413, 422],
  },
  putCatalog: {
    method: "PUT",
    path: "/v1/admin/catalog",
    auth: "admin",
    summary: "Replace the catalog (validated whole)",
    body: Catalog,
    response: Catalog,
    status: 200,
    errors: [400, 413, 422],
  },
  ingestMeasurements: {
    method: "POST",
    path: "/v1/ingest/measurements",
    auth: "admin",
    summary: "Push a batch of integration or app data points (idempotent ids)",
    body: IngestBody,
    response: IngestResult,
    status: 200,
    errors: [400, 413, 422],
  },
  getKpis: {
    method: "GET",
    path: "/v1/admin/kpis",
    auth: "admin",
    summary: "Customer Results Achievement KPIs by role and metric",
    query: KpiQuery,
    response: KpiReport,
    status: 200,
    errors: [400, 422],
  },
  getAccountReport: {
    method: "GET",
    path: "/v1/admin/accounts/:id/report",
    auth: "admin",
    summary: "One account's results across its roles",
    response: AccountReport,
    status: 200,
    errors: [404],
  },
} as const satisfies Record<string, Endpoint>;
