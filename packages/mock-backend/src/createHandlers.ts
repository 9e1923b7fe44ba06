import { ApiError } from "@goalpost/backend";
import { type HttpHandler, http } from "msw";
import type { BackendContext } from "./BackendContext.ts";
import { createRoutes } from "./http/createRoutes.ts";
import { createAgreement, updateAgreement } from "./routes/agreementRoutes.ts";
import {
  getCompanyResults,
  getRetentionResults,
  sendRevenue,
  sendUsage,
} from "./routes/companyResultsRoutes.ts";
import { getScenario, postScenario } from "./routes/controlRoutes.ts";
import {
  deleteMeasurement,
  getAgreementHistory,
  getMeasurementHistory,
  updateMeasurement,
} from "./routes/correctionRoutes.ts";
import { createPulse } from "./routes/createPulse.ts";
import { getCatalog } from "./routes/getCatalog.ts";
import { getKpiTrends } from "./routes/getKpiTrends.ts";
import { getSession } from "./routes/getSession.ts";
import { createGoal, updateGoal } from "./routes/goalRoutes.ts";
import { ingestMeasurements } from "./routes/ingestMeasurements.ts";
import { listAccounts } from "./routes/listAccounts.ts";
import { listPulseComments } from "./routes/listPulseComments.ts";
import { createMeasurement, listMeasurements } from "./routes/measurementRoutes.ts";
import { putCatalog } from "./routes/putCatalog.ts";
import { getAccountReport, getKpis } from "./routes/reportRoutes.ts";
import {
  createShareLink,
  listShareLinks,
  revokeShareLink,
  sharedReportPage,
} from "./routes/shareLinkRoutes.ts";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  replayWebhookEvents,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "./routes/webhookRoutes.ts";
import { runSchedule } from "./webhooks/schedule.ts";

/**
 * The msw handlers of the whole HTTP contract (v1), registered from its endpoint table, then the
 * `/__mock/*` controls, then a 404 with an error body for anything else under `/v1/` or `/__mock/`.
 */
export function createHandlers(backend: BackendContext, reset: () => void): HttpHandler[] {
  const route = createRoutes(backend);
  const notFound = (): never => {
    throw new ApiError(404, "no such endpoint in the Goalpost HTTP contract (v1)");
  };
  return [
    ...route.endpoints({
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
    }),
    route.control("get", "/__mock/scenario", getScenario),
    route.control("post", "/__mock/scenario", postScenario),
    route.control("post", "/__mock/reset", () => {
      reset();
      return { status: 204 };
    }),
    // A shared account report: a page for anyone with the link, no token, no script.
    http.get(`${backend.baseUrl}/share/:token`, ({ params }) => {
      const now = backend.clock();
      // The report settles goals: time's events first, as for every request (runSchedule).
      if (runSchedule(backend.db, now)) {
        backend.save();
        backend.deliverWebhooks();
      }
      return sharedReportPage(backend.db, String(params.token), now);
    }),
    route.open("all", "/v1/*", notFound),
    route.open("all", "/__mock/*", notFound),
  ];
}
