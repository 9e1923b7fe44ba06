import type { Catalog } from "@goalpost/core/contract";
import { demoMetrics } from "./demoMetrics.ts";
import { demoRoles } from "./demoRoles.ts";
import { demoValueElements } from "./demoValueElements.ts";

/**
 * The catalog of "Beacon", the demo product (a web-visitor identification tool): three roles,
 * six metrics covering all four collection methods, value elements of every type, and one usage
 * metric.
 * Treat it as read-only; the mock backend copies it.
 */
export const demoCatalog: Catalog = {
  roles: demoRoles,
  metrics: demoMetrics,
  valueElements: demoValueElements,
  // What stands for value in Beacon: the visitors it identifies, for Net Usage Retention.
  usageMetrics: [
    { id: "identified-visitors", name: "Identified visitors", unit: "visitors", version: 1 },
  ],
};
