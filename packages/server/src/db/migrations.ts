import { schema } from "./migrations/001_schema.ts";
import { corrections } from "./migrations/002_corrections.ts";
import { companyResults } from "./migrations/003_company_results.ts";
import { consoleLists } from "./migrations/004_console.ts";
import { webhooks } from "./migrations/005_webhooks.ts";

/** One schema change; applied once, in order, and recorded in `goalpost_migrations`. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/**
 * Every migration, oldest first. The same SQL runs on PGlite and on PostgreSQL (15 or later).
 * Append only: a migration that has shipped is never edited.
 */
export const migrations: readonly Migration[] = [
  { id: 1, name: "schema", sql: schema },
  { id: 2, name: "corrections", sql: corrections },
  { id: 3, name: "company results", sql: companyResults },
  { id: 4, name: "console lists", sql: consoleLists },
  { id: 5, name: "webhooks", sql: webhooks },
];
