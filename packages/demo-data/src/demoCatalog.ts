import type { Catalog } from "@goalpost/core/contract";
import { demoMetrics } from "./demoMetrics.ts";
import { demoRoles } from "./demoRoles.ts";
import { demoValueElements } from "./demoValueElements.ts";

/**
 * The catalog of "Beacon", the demo product (a web-visitor identification tool): three roles,
 * six metrics covering all four collection methods, and value elements of every type.
 * Treat it as read-only; the mock backend copies it.
 */
export const demoCatalog: Catalog = {
  roles: demoRoles,
  metrics: demoMetrics,
  valueElements: demoValueElements,
};
