import { Session } from "@goalpost/core";
import type { Catalog } from "@goalpost/core/admin";
import { demo } from "./demo.ts";
import { expectOk } from "./expectReply.ts";
import { newUser } from "./newUser.ts";

/**
 * Reads the deployment's whole catalog over the user API: the union of what each demo role's
 * session shows (every metric and value element names at least one role). Values are the raw
 * JSON the deployment sent, so putting them back changes nothing.
 */
export async function readCatalog(): Promise<Catalog> {
  // Sessions do not carry the usage metrics: the demo's, as docs/catalog.md declares them.
  const catalog: Catalog = {
    roles: [],
    metrics: [],
    valueElements: [],
    usageMetrics: demo.usageMetrics.map((m) => ({ ...m })),
  };
  const seen = new Set<string>();
  for (const roleId of demo.roles) {
    const reply = await newUser(roleId).send("GET", "/v1/session");
    expectOk(reply, 200, Session);
    const session = reply.body as Session;
    catalog.roles.push(session.role);
    for (const metric of session.catalog.metrics) {
      if (!seen.has(`metric:${metric.id}`)) catalog.metrics.push(metric);
      seen.add(`metric:${metric.id}`);
    }
    for (const element of session.catalog.valueElements) {
      if (!seen.has(`element:${element.id}`)) catalog.valueElements.push(element);
      seen.add(`element:${element.id}`);
    }
  }
  return catalog;
}
