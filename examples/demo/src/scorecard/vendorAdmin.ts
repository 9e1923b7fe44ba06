import { type AdminClient, createAdminClient } from "@goalpost/core/admin";
import { demoAdminKey } from "@goalpost/mock-backend";

/**
 * The scorecard's client for Goalpost's admin API (`GET /v1/admin/kpis`,
 * `GET /v1/admin/accounts/:id/report`), at the page's own origin.
 *
 * In production the admin key is a server-side secret: the scorecard's data is fetched by the
 * vendor's backend (or an internal tool behind its staff login), never with the key in a
 * browser. The demo's API is a mock in the page, or the reference server behind the demo's own
 * server (admin endpoints answer no CORS), so the public demo key is used right here.
 */
export function vendorAdmin(): AdminClient {
  return createAdminClient({ apiBase: location.origin, adminKey: demoAdminKey });
}
