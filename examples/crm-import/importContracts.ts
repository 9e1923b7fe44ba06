/**
 * Sends a CRM export of contracts to Goalpost as revenue events, 500 at a time:
 *
 *   GOALPOST_API=https://goalpost.example.com GOALPOST_ADMIN_KEY=… \
 *     npx tsx examples/crm-import/importContracts.ts contracts.csv [--dry-run]
 *
 * Every problem in the file is printed by line and nothing is sent. Stable ids make a second run
 * replay what the first one sent.
 */
import { readFileSync } from "node:fs";
import { createAdminClient } from "@goalpost/core/admin";
import { mapContracts } from "./mapContracts.ts";

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error("usage: importContracts.ts <contracts.csv> [--dry-run]");
  process.exit(2);
}
const mapped = mapContracts(readFileSync(file, "utf8"));
if ("problems" in mapped) {
  for (const p of mapped.problems) console.error(`${file}:${p.line}: ${p.message}`);
  console.error(`nothing sent: ${mapped.problems.length} problem(s)`);
  process.exit(1);
}
if (flag === "--dry-run") {
  console.log(JSON.stringify(mapped.events, null, 2));
  process.exit(0);
}
const apiBase = process.env.GOALPOST_API;
const adminKey = process.env.GOALPOST_ADMIN_KEY;
if (!apiBase || !adminKey) {
  console.error("set GOALPOST_API and GOALPOST_ADMIN_KEY (a server-side secret)");
  process.exit(2);
}
const admin = createAdminClient({ apiBase, adminKey });
const tally = { created: 0, replayed: 0, rejected: 0 };
for (let i = 0; i < mapped.events.length; i += 500) {
  const { results } = await admin.sendRevenue({ events: mapped.events.slice(i, i + 500) });
  for (const r of results) {
    tally[r.status]++;
    if (r.error) console.error(`${r.id}: ${r.error.message}`);
  }
}
console.log(`${tally.created} created, ${tally.replayed} replayed, ${tally.rejected} rejected`);
process.exit(tally.rejected ? 1 : 0);
