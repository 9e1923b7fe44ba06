import type { TokenClaims } from "@goalpost/backend";
import type { User } from "@goalpost/core";
import type { Sql } from "../db/Database.ts";

/**
 * Brings a token's account and user into being on first sight, and makes the user follow the
 * token's role and name (the vendor's user database is the source of truth), in one statement
 * that writes nothing when they already are as the token says. A token without a name keeps the
 * name an earlier one gave.
 */
export async function enterUser(sql: Sql, claims: TokenClaims, now: Date): Promise<User> {
  const [row] = await sql.query<{ name: string | null }>(
    `WITH account AS (
       INSERT INTO accounts (id, created_at) VALUES ($1::text, $5::timestamptz)
       ON CONFLICT (id) DO NOTHING
     ), entered AS (
       INSERT INTO users (account_id, id, role_id, name, created_at)
       VALUES ($1::text, $2::text, $3::text, $4::text, $5::timestamptz)
       ON CONFLICT (account_id, id) DO UPDATE
         SET role_id = excluded.role_id, name = COALESCE(excluded.name, users.name)
         WHERE users.role_id <> excluded.role_id
            OR (excluded.name IS NOT NULL AND users.name IS DISTINCT FROM excluded.name)
       RETURNING name
     )
     SELECT COALESCE(
       (SELECT name FROM entered),
       (SELECT name FROM users WHERE account_id = $1::text AND id = $2::text)
     ) AS name`,
    [claims.acc, claims.sub, claims.role, claims.name ?? null, now.toISOString()],
  );
  const name = row?.name ?? undefined;
  return {
    id: claims.sub,
    accountId: claims.acc,
    roleId: claims.role,
    ...(name !== undefined ? { name } : {}),
  };
}
