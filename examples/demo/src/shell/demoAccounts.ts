import { type DemoUser, demoCatalog, demoUsers } from "@goalpost/mock-backend";

/** Display names of the seeded customer accounts (Beacon's customers). */
export const accountNames: Readonly<Record<string, string>> = {
  acme: "Acme",
  globex: "Globex",
  initech: "Initech",
};

/** The seeded accounts, in the order the mock backend lists their users. */
export const accountIds: readonly string[] = [...new Set(demoUsers.map((u) => u.accountId))];

/** A role's display name from the catalog, e.g. "Sales development rep". */
export function roleName(roleId: string): string {
  return demoCatalog.roles.find((role) => role.id === roleId)?.name ?? roleId;
}

/** An account's display name, e.g. "Acme". */
export function accountName(accountId: string): string {
  return accountNames[accountId] ?? accountId;
}

/** How the user switcher names a user: "Ana Torres — Digital marketer at Acme". */
export function userLabel(user: DemoUser): string {
  return `${user.name} — ${roleName(user.roleId)} at ${accountName(user.accountId)}`;
}
