/**
 * One CSV row per contract, as most CRMs export them, mapped to Goalpost's revenue events
 * (`POST /v1/admin/revenue`). The columns, by name in the header row, in any order:
 *
 * | column | what |
 * | --- | --- |
 * | contract_id | the CRM's id of the contract (term) |
 * | account_id | the account, as your user tokens name it (`acc`) |
 * | start, end | the term's first and last day, YYYY-MM-DD |
 * | arr | the term's annual recurring revenue |
 * | currency | ISO 4217, e.g. USD |
 * | outcome | at the end: renewed, downgraded, churned, or open (still running) |
 * | next_arr | renewed or downgraded: the ARR of the next term |
 * | voluntary | churned: yes or no (optional) |
 *
 * An account's first term becomes a `start` event; every ended term a `renewal` on its end day
 * (a churn with ARR 0); a later term whose ARR differs from what the renewal said, an `arr`
 * snapshot on its start. Ids come from the contract ids (`crm-<contract>-start`…), so running
 * the import again replays rather than duplicates.
 */
import type { RevenueEvent } from "@goalpost/core/admin";

/** A line of the file that cannot be mapped, and why. */
export interface RowProblem {
  line: number;
  message: string;
}

const columns = ["contract_id", "account_id", "start", "end", "arr", "currency", "outcome"];
const outcomes = ["renewed", "downgraded", "churned", "open"] as const;
type Outcome = (typeof outcomes)[number];

interface Contract {
  line: number;
  id: string;
  accountId: string;
  start: string;
  end: string;
  arr: number;
  currency: string;
  outcome: Outcome;
  nextArr?: number;
  voluntary?: boolean;
}

/** The cells of one CSV line: commas split, double quotes quote (`""` is a quote). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

const isDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/**
 * The revenue events of a CRM export, or every problem in it by line (then no event at all:
 * an import that sends half a file leaves the figures wrong without saying so).
 */
export function mapContracts(csv: string): { events: RevenueEvent[] } | { problems: RowProblem[] } {
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = csvCells(lines[0] ?? "").map((name) => name.toLowerCase());
  const missing = columns.filter((name) => !header.includes(name));
  if (missing.length) {
    return { problems: [{ line: 1, message: `the header lacks ${missing.join(", ")}` }] };
  }
  const problems: RowProblem[] = [];
  const contracts: Contract[] = [];
  for (const [index, text] of lines.slice(1).entries()) {
    if (!text.trim()) continue;
    const line = index + 2;
    const cells = csvCells(text);
    const read = readContract((name) => cells[header.indexOf(name)] ?? "");
    if (typeof read === "string") problems.push({ line, message: read });
    else contracts.push({ ...read, line });
  }
  if (problems.length) return { problems };

  const events: RevenueEvent[] = [];
  const byAccount = new Map<string, Contract[]>();
  for (const c of contracts) byAccount.set(c.accountId, [...(byAccount.get(c.accountId) ?? []), c]);
  for (const terms of byAccount.values()) {
    terms.sort((a, b) => a.start.localeCompare(b.start));
    let implied: number | undefined;
    for (const term of terms) {
      const base = { accountId: term.accountId, currency: term.currency };
      if (implied === undefined) {
        events.push({
          ...base,
          id: `crm-${term.id}-start`,
          type: "start",
          day: term.start,
          arr: term.arr,
        });
      } else if (implied !== term.arr) {
        events.push({
          ...base,
          id: `crm-${term.id}-arr`,
          type: "arr",
          day: term.start,
          arr: term.arr,
        });
      }
      implied = term.arr;
      if (term.outcome === "open") continue;
      const churned = term.outcome === "churned";
      events.push({
        ...base,
        id: `crm-${term.id}-renewal`,
        type: "renewal",
        day: term.end,
        arr: churned ? 0 : (term.nextArr ?? term.arr),
        outcome: term.outcome,
        ...(term.voluntary !== undefined ? { voluntary: term.voluntary } : {}),
      });
      implied = churned ? 0 : term.nextArr;
    }
  }
  return { events: events.sort((a, b) => a.day.localeCompare(b.day)) };
}

/** One row as a contract, or what is wrong with it. */
function readContract(cell: (name: string) => string): Omit<Contract, "line"> | string {
  const [id, accountId, start, end] = ["contract_id", "account_id", "start", "end"].map(cell);
  const arr = Number(cell("arr"));
  const outcome = cell("outcome").toLowerCase() as Outcome;
  const next = cell("next_arr");
  const voluntary = cell("voluntary").toLowerCase();
  if (!id || !accountId) return "contract_id and account_id must not be empty";
  if (!start || !end || !isDay(start) || !isDay(end)) {
    return "start and end must be days such as 2026-03-01";
  }
  if (end < start) return `end ${end} is before start ${start}`;
  if (!(arr > 0)) return `arr must be a number above 0, not "${cell("arr")}"`;
  if (!/^[A-Z]{3}$/.test(cell("currency"))) return "currency must be an ISO 4217 code such as USD";
  if (!outcomes.includes(outcome)) return `outcome must be one of ${outcomes.join(", ")}`;
  const renewing = outcome === "renewed" || outcome === "downgraded";
  if (renewing && !(Number(next) > 0)) return `a ${outcome} contract needs next_arr above 0`;
  if (voluntary && !["yes", "no"].includes(voluntary)) return "voluntary must be yes or no";
  return {
    id,
    accountId,
    start,
    end,
    arr,
    currency: cell("currency"),
    outcome,
    ...(renewing ? { nextArr: Number(next) } : {}),
    ...(outcome === "churned" && voluntary ? { voluntary: voluntary === "yes" } : {}),
  };
}
