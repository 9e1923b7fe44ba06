import { ApiError, errorBody, isClientAbort } from "@goalpost/backend";
import { consoleResponse } from "@goalpost/console/serve";
import { userEndpoints } from "@goalpost/core/contract";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { getCatalog } from "../console/getCatalog.ts";
import { getKpiTrends } from "../console/getKpiTrends.ts";
import { listAccounts } from "../console/listAccounts.ts";
import { listPulseComments } from "../console/listPulseComments.ts";
import {
  createShareLink,
  listShareLinks,
  revokeShareLink,
  sharedReportPage,
} from "../console/shareLinkRoutes.ts";
import { createAgreement, updateAgreement } from "../routes/agreementRoutes.ts";
import {
  getCompanyResults,
  getRetentionResults,
  sendRevenue,
  sendUsage,
} from "../routes/companyResultsRoutes.ts";
import {
  deleteMeasurement,
  getAgreementHistory,
  getMeasurementHistory,
  updateMeasurement,
} from "../routes/correctionRoutes.ts";
import { createPulse } from "../routes/createPulse.ts";
import { getSession } from "../routes/getSession.ts";
import { createGoal, updateGoal } from "../routes/goalRoutes.ts";
import { ingestMeasurements } from "../routes/ingestMeasurements.ts";
import { createMeasurement, listMeasurements } from "../routes/measurementRoutes.ts";
import { putCatalog } from "../routes/putCatalog.ts";
import { getAccountReport, getKpis } from "../routes/reportRoutes.ts";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  replayWebhookEvents,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "../webhooks/endpointRoutes.ts";
import type { AppEnv } from "./AppEnv.ts";
import { answerClientAbort } from "./answerClientAbort.ts";
import { createRoutes } from "./createRoutes.ts";
import type { ServerContext } from "./ServerContext.ts";
import type { InFlight } from "./trackInFlight.ts";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Origins allowed to call the user endpoints from a browser; none sends no CORS headers at all. */
  corsOrigins: readonly string[];
  /** Counts requests in flight, so a shutdown can wait for them. */
  inFlight: InFlight;
}

/**
 * The Hono app of the whole HTTP contract (v1), its routes from the contract's endpoint table,
 * plus `GET /health`. Every failure answers the
 * contract's error body; an unexpected one answers 500 with the request id and is logged with
 * its stack, which never reaches the client (nor does SQL).
 */
export function createApp(server: ServerContext, options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set("requestId", requestId);
    const done = options.inFlight.start();
    // Set before the answer exists, so that it is made with them: a header set on a finished
    // answer makes Hono copy it (and the Node adapter give up its fast path for the body).
    c.header("x-request-id", requestId);
    c.header("x-content-type-options", "nosniff");
    c.header("cache-control", "no-store");
    // Hono's error handler answers thrown Errors only; anything else escapes the app, and the
    // adapter answers 500 for it: the log says so rather than the unset answer's 200.
    let escaped = true;
    try {
      await next();
      escaped = false;
    } finally {
      done();
      // After a 413 the unread rest of the body must not be drained into a kept-alive
      // connection; while stopping, each answer ends its connection once it is flushed.
      if (c.res.status === 413 || options.inFlight.stopping) c.header("connection", "close");
      server.log.info("request", {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: escaped ? 500 : c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(c.get("accountId") ? { accountId: c.get("accountId") } : {}),
      });
    }
  });
  if (options.corsOrigins.length > 0) {
    const allowOrigins = cors({
      origin: [...options.corsOrigins],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type"],
      exposeHeaders: ["Retry-After", "X-Request-Id"],
      maxAge: 600,
    });
    // Browsers call the user endpoints only: admin calls are server-to-server and get no CORS.
    for (const path of new Set(Object.values(userEndpoints).map((e) => e.path))) {
      app.use(path, allowOrigins);
    }
  }

  // The console's page (its reads go to the API below, with a console token).
  app.on(["GET", "HEAD"], ["/console", "/console/*"], async (c) => {
    return (await consoleResponse(c.req.raw)) ?? c.notFound();
  });

  // A shared account report: a page for anyone with the link, no token, no script.
  app.get("/share/:token", (c) => sharedReportPage(server, c.req.raw, c.req.param("token")));

  app.get("/health", async (c) => {
    if (options.inFlight.stopping) return c.json({ status: "stopping" }, 503);
    await server.db.query("SELECT 1");
    return c.json({ status: "ok", database: server.db.kind });
  });

  createRoutes(app, server, {
    getSession,
    createAgreement,
    updateAgreement,
    getAgreementHistory,
    createGoal,
    updateGoal,
    createMeasurement,
    updateMeasurement,
    deleteMeasurement,
    getMeasurementHistory,
    listMeasurements,
    createPulse,
    putCatalog,
    ingestMeasurements,
    getKpis,
    getAccountReport,
    sendUsage,
    sendRevenue,
    getCompanyResults,
    getRetentionResults,
    listAccounts,
    getKpiTrends,
    listPulseComments,
    listShareLinks,
    createShareLink,
    revokeShareLink,
    getCatalog,
    listWebhookEndpoints,
    createWebhookEndpoint,
    getWebhookEndpoint,
    updateWebhookEndpoint,
    rotateWebhookSecret,
    deleteWebhookEndpoint,
    listWebhookDeliveries,
    replayWebhookEvents,
  });

  app.notFound((c) =>
    c.json(
      errorBody(new ApiError(404, "no such endpoint in the Goalpost HTTP contract (v1)")),
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error), error.status as 400);
    if (isClientAbort(error, c.req.raw)) return answerClientAbort(c, server.log);
    const requestId = c.get("requestId");
    server.log.error("unexpected error", {
      requestId,
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    const failure = new ApiError(500, `the server failed unexpectedly (request ${requestId})`);
    return c.json(errorBody(failure), 500);
  });
  return app;
}
