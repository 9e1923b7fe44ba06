import {
  Agreement,
  AgreementHistory,
  CreateAgreementBody,
  UpdateAgreementBody,
} from "./agreement.ts";
import type { Endpoint } from "./Endpoint.ts";
import { CreateGoalBody, Goal, UpdateGoalBody } from "./goal.ts";
import {
  CreateMeasurementBody,
  Measurement,
  MeasurementHistory,
  MeasurementPage,
  MeasurementPageQuery,
  UpdateMeasurementBody,
} from "./measurement.ts";
import { CreatePulseBody, Pulse } from "./pulse.ts";
import { Session } from "./session.ts";

/** The end-user half of the HTTP contract (v1): calls made with a user token. */
export const userEndpoints = {
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
  getAgreementHistory: {
    method: "GET",
    path: "/v1/agreements/:id/history",
    auth: "user",
    response: AgreementHistory,
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
    idempotent: true,
  },
  updateMeasurement: {
    method: "PATCH",
    path: "/v1/measurements/:id",
    auth: "user",
    body: UpdateMeasurementBody,
    response: Measurement,
    status: 200,
    idempotent: true,
  },
  deleteMeasurement: {
    method: "DELETE",
    path: "/v1/measurements/:id",
    auth: "user",
    response: Measurement,
    status: 200,
    idempotent: true,
  },
  getMeasurementHistory: {
    method: "GET",
    path: "/v1/measurements/:id/history",
    auth: "user",
    response: MeasurementHistory,
    status: 200,
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
} as const satisfies Record<string, Endpoint>;
