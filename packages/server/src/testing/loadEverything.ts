import type { AccountRecord, UserRecord } from "@goalpost/backend";
import type { Agreement, Goal, Measurement, Pulse } from "@goalpost/core";
import type { Sql } from "../db/Database.ts";
import {
  agreementColumns,
  goalColumns,
  iso,
  measurementColumns,
  pulseColumns,
  toAgreement,
  toGoal,
  toMeasurement,
  toPulse,
} from "../store/rows.ts";

/** Every row of every table, in the order stored, as the contract's objects (for comparisons). */
export async function loadEverything(sql: Sql, now: Date) {
  const accounts: AccountRecord[] = (
    await sql.query("SELECT id, created_at FROM accounts ORDER BY created_at, id")
  ).map((r) => ({ id: r.id as string, createdAt: iso(r.created_at) }));
  const users: UserRecord[] = (
    await sql.query("SELECT account_id, id, role_id, name, created_at FROM users")
  ).map((r) => ({
    id: r.id as string,
    accountId: r.account_id as string,
    roleId: r.role_id as string,
    ...(r.name != null ? { name: r.name as string } : {}),
    createdAt: iso(r.created_at),
  }));
  const agreements: Agreement[] = (
    await sql.query(`SELECT ${agreementColumns} FROM agreements a ORDER BY a.seq`)
  ).map(toAgreement);
  const goals: Goal[] = (await sql.query(`SELECT ${goalColumns} FROM goals g ORDER BY g.seq`)).map(
    (row) => toGoal(row, now),
  );
  const measurements: Measurement[] = (
    await sql.query(`SELECT ${measurementColumns} FROM measurements m ORDER BY m.seq`)
  ).map(toMeasurement);
  const pulses: Pulse[] = (
    await sql.query(`SELECT ${pulseColumns} FROM pulses p ORDER BY p.seq`)
  ).map(toPulse);
  return { accounts, users, agreements, goals, measurements, pulses };
}
