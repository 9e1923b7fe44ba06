import type {
  AccountRoleRow,
  Agreement,
  Goal,
  Measurement,
  Metric,
  Pulse,
} from "@goalpost/core/contract";
import { accountRoleRow } from "./accountRoleRow.ts";

/** Everything stored, as plain lists: what {@link accountRoleRows} reads. */
export interface AccountRowsInput {
  users: readonly { accountId: string; roleId: string }[];
  agreements: readonly Agreement[];
  goals: readonly Goal[];
  measurements: readonly Measurement[];
  pulses: readonly Pulse[];
  metrics: readonly Metric[];
}

/** Lists of items by a key. */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Every account's roles (an account and role with a user or an agreement), each as
 * {@link accountRoleRow} says at `now`, in no particular order.
 */
export function accountRoleRows(
  input: AccountRowsInput,
  now: Date,
  inactiveDays?: number,
): AccountRoleRow[] {
  const instance = (item: { accountId: string; roleId: string }) =>
    `${item.accountId}\u0000${item.roleId}`;
  const users = byKey(input.users, instance);
  const agreements = byKey(input.agreements, instance);
  const goals = byKey(input.goals, (g) => g.agreementId);
  const measurements = byKey(input.measurements, (m) => m.agreementId);
  const pulses = byKey(input.pulses, instance);
  const keys = new Set([...users.keys(), ...agreements.keys()]);
  return [...keys].map((key) => {
    const [accountId = "", roleId = ""] = key.split("\u0000");
    const own = agreements.get(key) ?? [];
    return accountRoleRow(
      {
        accountId,
        roleId,
        users: users.get(key)?.length ?? 0,
        agreements: own,
        goals: own.flatMap((a) => goals.get(a.id) ?? []),
        measurements: own.flatMap((a) => measurements.get(a.id) ?? []),
        pulses: pulses.get(key) ?? [],
        metrics: input.metrics,
      },
      now,
      inactiveDays,
    );
  });
}
