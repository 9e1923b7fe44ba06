import type {
  AccountFilter,
  AccountList,
  AccountRoleRow,
  AccountSort,
  Catalog,
} from "@goalpost/core/contract";
import { useSignal } from "@preact/signals";
import type { ConsoleClient } from "../client/createConsoleClient.ts";
import { accountCsvRows } from "../format/csvRows.ts";
import { downloadCsv, toCsv } from "../format/toCsv.ts";
import { count, day, flagWords, stateWords } from "../format/words.ts";
import { AccountReport } from "./AccountReport.tsx";
import { Problem } from "./Problem.tsx";
import { useLoad } from "./useLoad.ts";

const pageSize = 25;

/** The filters a CS leader picks; each change starts again at the first page. */
interface Filters {
  role: string;
  state: AccountFilter | "";
  q: string;
  sort: AccountSort;
}

const filterOptions: { value: AccountFilter | ""; label: string }[] = [
  { value: "", label: "Any state" },
  { value: "at-risk", label: "At risk (any flag)" },
  ...Object.entries(stateWords).map(([value, label]) => ({ value: value as AccountFilter, label })),
  ...Object.entries(flagWords).map(([value, label]) => ({ value: value as AccountFilter, label })),
];

/**
 * Every account's roles: at-risk first, sortable by account, risk and last entry, filtered by
 * role and state, searched by account, in pages the server cuts (its cursor).
 */
export function AccountsSection(props: { client: ConsoleClient; catalog: Catalog }) {
  const filters = useSignal<Filters>({ role: "", state: "", q: "", sort: "risk" });
  // Each page after the first, up to this one: its cursor and the number of its first row.
  const pages = useSignal<{ cursor: string; first: number }[]>([]);
  const cursor = pages.value.at(-1)?.cursor;
  const search = useSignal("");
  const exporting = useSignal<string | undefined>(undefined);
  const opened = useSignal<{ accountId: string; roleId: string } | undefined>(undefined);
  const f = filters.value;
  const list = useLoad(
    () =>
      props.client.accounts({
        sort: f.sort,
        limit: pageSize,
        ...(f.role ? { role: f.role } : {}),
        ...(f.state ? { state: f.state } : {}),
        ...(f.q ? { q: f.q } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    JSON.stringify([f, cursor]),
  );
  const change = (next: Partial<Filters>) => {
    filters.value = { ...filters.value, ...next };
    pages.value = [];
  };
  const loaded = list.value;
  const filtersNow = {
    sort: f.sort,
    ...(f.role ? { role: f.role } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.q ? { q: f.q } : {}),
  };
  /** Every page of the list as it is filtered, as a CSV file. */
  const exportCsv = async () => {
    const rows: AccountRoleRow[] = [];
    let next: string | null | undefined;
    exporting.value = "Preparing the CSV…";
    try {
      do {
        const page = await props.client.accounts({
          ...filtersNow,
          limit: 200,
          ...(next ? { cursor: next } : {}),
        });
        rows.push(...page.items);
        next = page.nextCursor;
        exporting.value = `Preparing the CSV: ${rows.length} of ${page.total} rows…`;
      } while (next);
      downloadCsv("goalpost-accounts.csv", toCsv(accountCsvRows(rows, props.catalog)));
      exporting.value = `The CSV of ${count(rows.length, "row", "rows")} is downloaded.`;
    } catch (error) {
      exporting.value = `The CSV could not be made: ${error instanceof Error ? error.message : String(error)}.`;
    }
  };
  const shown =
    loaded.state === "ready" ? loaded.value : loaded.state === "loading" ? loaded.stale : undefined;
  const roleName = (id: string) => props.catalog.roles.find((r) => r.id === id)?.name ?? id;
  const first = pages.value.at(-1)?.first ?? 1;

  return (
    <section aria-labelledby="accounts-heading" class="section">
      <div class="section-head">
        <h2 id="accounts-heading">Accounts</h2>
        <button type="button" onClick={() => void exportCsv()}>
          Download these accounts (CSV)
        </button>
      </div>
      <p class="status" role="status">
        {exporting.value ?? ""}
      </p>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          change({ q: search.value.trim() });
        }}
      >
        <label class="field">
          <span>Search accounts</span>
          <input
            type="search"
            value={search.value}
            maxLength={100}
            onInput={(event) => {
              search.value = event.currentTarget.value;
            }}
          />
        </label>
        <button type="submit">Search</button>
        <label class="field">
          <span>Role</span>
          <select value={f.role} onChange={(event) => change({ role: event.currentTarget.value })}>
            <option value="">Every role</option>
            {props.catalog.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>State</span>
          <select
            value={f.state}
            onChange={(event) => change({ state: event.currentTarget.value as AccountFilter | "" })}
          >
            {filterOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="status" role="status">
        {loaded.state === "loading"
          ? "Loading the accounts…"
          : loaded.state === "ready"
            ? loaded.value.total === 0
              ? "No account matches."
              : `Rows ${first}–${first + loaded.value.items.length - 1} of ${loaded.value.total}, ${sortWords[f.sort]}.`
            : ""}
      </p>
      {loaded.state === "failed" && <Problem error={loaded.error} what="The accounts" />}
      {shown && shown.items.length > 0 && (
        <Table
          list={shown}
          busy={loaded.state === "loading"}
          sort={f.sort}
          onSort={(sort) => change({ sort })}
          roleName={roleName}
          onOpen={(accountId, roleId) => {
            opened.value = { accountId, roleId };
          }}
        />
      )}
      {shown && (
        <nav class="pages" aria-label="Pages of accounts">
          <button
            type="button"
            disabled={pages.value.length === 0}
            onClick={() => {
              // A press while the page loads waits for it (a disabled button would drop focus).
              if (loaded.state === "ready") pages.value = pages.value.slice(0, -1);
            }}
          >
            Previous page
          </button>
          <button
            type="button"
            disabled={shown.nextCursor === null}
            onClick={() => {
              if (loaded.state !== "ready") return;
              const next = shown.nextCursor;
              const after = first + shown.items.length;
              if (next) pages.value = [...pages.value, { cursor: next, first: after }];
            }}
          >
            Next page
          </button>
        </nav>
      )}
      {opened.value && (
        <AccountReport
          key={opened.value.accountId}
          client={props.client}
          catalog={props.catalog}
          accountId={opened.value.accountId}
          roleId={opened.value.roleId}
          onClose={() => {
            opened.value = undefined;
          }}
        />
      )}
    </section>
  );
}

const sortWords: Record<AccountSort, string> = {
  risk: "at-risk first",
  account: "by account",
  "last-entry": "stalest entry first",
  "-last-entry": "latest entry first",
};

function Table(props: {
  list: AccountList;
  busy: boolean;
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
  roleName: (id: string) => string;
  onOpen: (accountId: string, roleId: string) => void;
}) {
  const { list, busy, sort, onSort, roleName, onOpen } = props;
  const header = (label: string, sorts: AccountSort[]) => {
    const active = sorts.includes(sort);
    const next =
      active && sorts.length > 1 ? sorts[(sorts.indexOf(sort) + 1) % sorts.length] : sorts[0];
    // Most flags first and latest first read as descending; account and stalest as ascending.
    const order = !active
      ? "none"
      : sort === "-last-entry" || sort === "risk"
        ? "descending"
        : "ascending";
    return (
      <th scope="col" aria-sort={order}>
        <button type="button" class="sort" onClick={() => next && onSort(next)}>
          {label}
          <span class="visually-hidden">, sort {next ? sortWords[next] : ""}</span>
        </button>
      </th>
    );
  };
  return (
    // A wide table scrolls in its own region at 360 px; the region takes focus for the keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs focus (WCAG 2.1.1)
    <section class="table-scroll" tabIndex={0} aria-label="Accounts table" aria-busy={busy}>
      <table class="accounts">
        <thead>
          <tr>
            {header("Account", ["account"])}
            <th scope="col">Role</th>
            <th scope="col">State</th>
            {header("Risk", ["risk"])}
            <th scope="col">Measures</th>
            <th scope="col">Goals</th>
            <th scope="col">Perceived value</th>
            {header("Last entry", ["-last-entry", "last-entry"])}
          </tr>
        </thead>
        <tbody>
          {list.items.map((row) => (
            <Row
              key={`${row.accountId}/${row.roleId}`}
              row={row}
              roleName={roleName}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Row(props: {
  row: AccountRoleRow;
  roleName: (id: string) => string;
  onOpen: (accountId: string, roleId: string) => void;
}) {
  const { row, roleName, onOpen } = props;
  return (
    <tr class={row.risk > 0 ? "at-risk" : undefined}>
      <th scope="row">
        <button
          type="button"
          class="sort"
          aria-label={`${row.accountId}: open the report`}
          onClick={() => onOpen(row.accountId, row.roleId)}
        >
          {row.accountId}
        </button>
      </th>
      <td>{roleName(row.roleId)}</td>
      <td>
        <span class={`state ${row.state}`}>{stateWords[row.state]}</span>
      </td>
      <td>
        {row.flags.length === 0 ? (
          "Not at risk"
        ) : (
          <ul class="flags">
            {row.flags.map((flag) => (
              <li key={flag}>{flagWords[flag]}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {row.measures === 0 ? "None" : `${row.measures} (${row.gains} up, ${row.regressions} down)`}
      </td>
      <td>
        {`${row.goals.achieved} achieved, ${row.goals.missed} missed, ${row.goals.active} active`}
      </td>
      <td>
        {row.perceivedValue === null
          ? "No pulse"
          : `${new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(row.perceivedValue.avgScore)} of 5 (${count(row.perceivedValue.responses, "response", "responses")})`}
      </td>
      <td>{row.lastEntryAt === null ? "Never" : day(row.lastEntryAt)}</td>
    </tr>
  );
}
