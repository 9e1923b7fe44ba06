import { type Agreement, Id } from "@goalpost/core";
import type { Sql } from "../db/Database.ts";
import { agreementColumns, agreementParams, toAgreement } from "./rows.ts";

/**
 * The agreement with this id, if any. `lock` takes its row lock until the transaction ends:
 * every write that touches an agreement's goals or measurements takes it first, so such writes
 * on one agreement run one after another while other agreements go on in parallel.
 */
export async function findAgreement(
  sql: Sql,
  id: string,
  lock = false,
): Promise<Agreement | undefined> {
  // A path segment can hold anything (a NUL too, which PostgreSQL refuses): no such agreement.
  if (!Id.safeParse(id).success) return undefined;
  const rows = await sql.query(
    `SELECT ${agreementColumns} FROM agreements a WHERE a.id = $1::text${lock ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0] && toAgreement(rows[0]);
}

/** The account's agreement on a metric for a role that is not retired, other than `exceptId`. */
export async function findOpenAgreement(
  sql: Sql,
  owner: { accountId: string; roleId: string; metricId: string },
  exceptId = "",
): Promise<Agreement | undefined> {
  const rows = await sql.query(
    `SELECT ${agreementColumns} FROM agreements a
     WHERE a.account_id = $1::text AND a.role_id = $2::text AND a.metric_id = $3::text
       AND a.status <> 'retired' AND a.id <> $4::text`,
    [owner.accountId, owner.roleId, owner.metricId, exceptId],
  );
  return rows[0] && toAgreement(rows[0]);
}

/** Stores a new agreement. */
export async function insertAgreement(sql: Sql, agreement: Agreement): Promise<void> {
  await sql.query(
    `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at,
       retired_at, maturity_level, baseline_value, baseline_at, baseline_source)
     VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::timestamptz,
       $8::timestamptz, $9::smallint, $10::float8, $11::timestamptz, $12::text)`,
    agreementParams(agreement),
  );
}

/** Stores an agreement's new state. */
export async function updateAgreement(sql: Sql, agreement: Agreement): Promise<void> {
  await sql.query(
    `UPDATE agreements SET account_id = $2::text, role_id = $3::text, metric_id = $4::text,
       status = $5::text, proposed_by = $6::text, agreed_at = $7::timestamptz,
       retired_at = $8::timestamptz, maturity_level = $9::smallint, baseline_value = $10::float8,
       baseline_at = $11::timestamptz, baseline_source = $12::text
     WHERE id = $1::text`,
    agreementParams(agreement),
  );
}
