import type {
  Agreement,
  AgreementHistory,
  CreateAgreementBody,
  UpdateAgreementBody,
} from "../contract/agreement.ts";
import type { CreateGoalBody, Goal, UpdateGoalBody } from "../contract/goal.ts";
import type {
  CreateMeasurementBody,
  Measurement,
  MeasurementHistory,
  MeasurementPage,
  MeasurementPageQuery,
  UpdateMeasurementBody,
} from "../contract/measurement.ts";
import type { CreatePulseBody, Pulse } from "../contract/pulse.ts";
import type { Session } from "../contract/session.ts";
import { userEndpoints } from "../contract/userEndpoints.ts";
import { isHttpError } from "../errors/HttpError.ts";
import { checkApiBase, checkToken } from "./checkClientOptions.ts";
import { type RequestInput, request } from "./request.ts";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * Base URL of the Goalpost API; paths like `/v1/session` are appended.
   * @example "https://api.example.com/goalpost"
   */
  apiBase: string;
  /**
   * The user's JWT, or an async provider. A provider's token is cached and asked again once
   * after a 401 (then the request is retried once). A provider's own failure is passed on as is.
   */
  token: string | (() => string | Promise<string>);
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's response. @default 10_000 */
  timeout?: number;
  /**
   * Retries for requests that are safe to repeat (reads and idempotent measurement writes), on
   * network errors, timeouts, 408, 429 and 5xx; `Retry-After` is honoured.
   * @default 2
   */
  retry?: number;
}

/**
 * The end user's typed API client. Every method validates what it sends and what it gets
 * against the contract, and fails with a `GoalpostError` subclass (`HttpError`, `NetworkError`,
 * `TimeoutError`, `ValidationError`).
 */
export interface GoalpostClient {
  /** Everything the widget needs to start, in one round trip. */
  getSession(): Promise<Session>;
  /** Agrees a metric of the user's role (409 if one is already in place). */
  createAgreement(body: CreateAgreementBody): Promise<Agreement>;
  /** Changes an agreement's status, maturity level or baseline. */
  updateAgreement(id: string, body: UpdateAgreementBody): Promise<Agreement>;
  /** An agreement and the changes of its maturity level and baseline, oldest first. */
  getAgreementHistory(id: string): Promise<AgreementHistory>;
  /** Sets the next goal for an agreement (409 if an active goal exists). Never retried. */
  createGoal(body: CreateGoalBody): Promise<Goal>;
  /** Edits an active goal, ticks its actions, or abandons it. */
  updateGoal(id: string, body: UpdateGoalBody): Promise<Goal>;
  /** Logs a data point. Idempotent by `body.id`, so it is retried like a read. */
  createMeasurement(body: CreateMeasurementBody): Promise<Measurement>;
  /** Corrects the user's own entry (value, note; `note: null` clears it). Safe to repeat, so retried. */
  updateMeasurement(id: string, body: UpdateMeasurementBody): Promise<Measurement>;
  /** Deletes the user's own entry; resolves the tombstone (again, when already deleted). Retried. */
  deleteMeasurement(id: string): Promise<Measurement>;
  /** A measurement (a deleted one too) and its corrections, oldest first. */
  getMeasurementHistory(id: string): Promise<MeasurementHistory>;
  /** An agreement's measurements, newest first; pass `nextCursor` as `cursor` for older ones. */
  listMeasurements(agreementId: string, query?: MeasurementPageQuery): Promise<MeasurementPage>;
  /** Records the user's perceived value for a touchpoint. */
  createPulse(body: CreatePulseBody): Promise<Pulse>;
  /** Replaces the token (the `identify` command); a provider is asked afresh. */
  setToken(token: ClientOptions["token"]): void;
  /** The token the next request will carry (a provider's is asked once, then cached). */
  currentToken(): Promise<string>;
}

/**
 * Creates the end user's API client.
 *
 * @example
 * const client = createClient({ apiBase: "https://api.example.com/goalpost", token: getJwt });
 * const session = await client.getSession();
 */
export function createClient(options: ClientOptions): GoalpostClient {
  checkApiBase(options.apiBase);
  let token = checkToken(options.token);
  let cached: Promise<string> | undefined;

  const credential = (): Promise<string> => {
    if (typeof token === "string") return Promise.resolve(token);
    if (!cached) {
      const pending = Promise.resolve().then(token);
      // A failed provider call is not remembered: the next request asks again.
      pending.catch(() => {
        if (cached === pending) cached = undefined;
      });
      cached = pending;
    }
    return cached;
  };

  const call = async <N extends keyof typeof userEndpoints>(name: N, input?: RequestInput) => {
    const endpoint = userEndpoints[name];
    const used = credential();
    try {
      return await request(options, name, endpoint, await used, input);
    } catch (error) {
      if (!(isHttpError(error) && error.status === 401 && typeof token === "function")) {
        throw error;
      }
      // Concurrent 401s share one refresh: only the first drops the token they all used.
      if (cached === used) cached = undefined;
      return request(options, name, endpoint, await credential(), input);
    }
  };

  return {
    getSession: () => call("getSession"),
    createAgreement: (body) => call("createAgreement", { body }),
    updateAgreement: (id, body) => call("updateAgreement", { id, body }),
    getAgreementHistory: (id) => call("getAgreementHistory", { id }),
    createGoal: (body) => call("createGoal", { body }),
    updateGoal: (id, body) => call("updateGoal", { id, body }),
    createMeasurement: (body) => call("createMeasurement", { body }),
    updateMeasurement: (id, body) => call("updateMeasurement", { id, body }),
    deleteMeasurement: (id) => call("deleteMeasurement", { id }),
    getMeasurementHistory: (id) => call("getMeasurementHistory", { id }),
    listMeasurements: (id, query) => call("listMeasurements", { id, query }),
    createPulse: (body) => call("createPulse", { body }),
    currentToken: credential,
    setToken(next) {
      token = checkToken(next);
      cached = undefined;
    },
  };
}
