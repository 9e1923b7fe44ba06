import { mkdirSync } from "node:fs";
import type { ServerConfig } from "../config/ServerConfig.ts";
import type { Database } from "./Database.ts";
import { openPglite } from "./openPglite.ts";
import { openPostgres } from "./openPostgres.ts";

/** Opens the configured database: PostgreSQL when `DATABASE_URL` is set, else embedded PGlite. */
export async function openDatabase(database: ServerConfig["database"]): Promise<Database> {
  if (database.kind === "postgres") {
    return openPostgres(database.url, { poolSize: database.poolSize });
  }
  if (database.dataDir !== "memory://") mkdirSync(database.dataDir, { recursive: true });
  return openPglite(database.dataDir);
}
