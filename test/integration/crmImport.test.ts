import { createAdminClient } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import { csvCells, mapContracts } from "../../examples/crm-import/mapContracts.ts";
import { apiBase, useMockBackend } from "./support.ts";

useMockBackend();

const header = "contract_id,account_id,start,end,arr,currency,outcome,next_arr,voluntary";
const csv = [
  header,
  "c1,acme,2024-01-01,2024-12-31,10000,USD,renewed,12000,",
  "c2,acme,2025-01-01,2025-12-31,12000,USD,open,,",
  "c3,globex,2024-03-01,2025-02-28,8000,USD,churned,,yes",
  '"c4",initech,2024-06-01,2025-05-31,"5,000",USD,downgraded,4000,',
  "c5,initech,2025-06-01,2026-05-31,4500,USD,open,,",
].join("\n");

describe("the CRM import example (examples/crm-import)", () => {
  it("maps each contract to its start, renewal or churn, and a changed ARR", () => {
    const mapped = mapContracts(csv.replace('"5,000"', "5000"));
    if ("problems" in mapped) throw new Error(JSON.stringify(mapped.problems));
    expect(mapped.events.map((e) => [e.id, e.type, e.day, e.arr, e.outcome, e.voluntary])).toEqual([
      ["crm-c1-start", "start", "2024-01-01", 10000, undefined, undefined],
      ["crm-c3-start", "start", "2024-03-01", 8000, undefined, undefined],
      ["crm-c4-start", "start", "2024-06-01", 5000, undefined, undefined],
      ["crm-c1-renewal", "renewal", "2024-12-31", 12000, "renewed", undefined],
      ["crm-c3-renewal", "renewal", "2025-02-28", 0, "churned", true],
      ["crm-c4-renewal", "renewal", "2025-05-31", 4000, "downgraded", undefined],
      ["crm-c5-arr", "arr", "2025-06-01", 4500, undefined, undefined],
    ]);
  });

  it("reads quoted cells as CSV writes them", () => {
    expect(csvCells('"a, b",c,"x""y", d ')).toEqual(["a, b", "c", 'x"y', "d"]);
    // A thousands separator is no number: the row is refused, not misread.
    expect(mapContracts(csv)).toEqual({
      problems: [{ line: 5, message: 'arr must be a number above 0, not "5,000"' }],
    });
  });

  it("names every bad line and maps nothing", () => {
    const bad = [
      header,
      "c1,acme,2024-01-01,2024-12-31,10000,USD,renewed,,",
      "c2,acme,2024-02-30,2024-12-31,10000,USD,open,,",
      "c3,acme,2025-01-01,2024-12-31,10000,USD,open,,",
      "c4,acme,2024-01-01,2024-12-31,-5,USD,open,,",
      "c5,acme,2024-01-01,2024-12-31,5,usd,open,,",
      "c6,acme,2024-01-01,2024-12-31,5,USD,lost,,",
      "c7,acme,2024-01-01,2024-12-31,5,USD,churned,,maybe",
      ",acme,2024-01-01,2024-12-31,5,USD,open,,",
    ].join("\n");
    expect(mapContracts(bad)).toEqual({
      problems: [
        { line: 2, message: "a renewed contract needs next_arr above 0" },
        { line: 3, message: "start and end must be days such as 2026-03-01" },
        { line: 4, message: "end 2024-12-31 is before start 2025-01-01" },
        { line: 5, message: 'arr must be a number above 0, not "-5"' },
        { line: 6, message: "currency must be an ISO 4217 code such as USD" },
        { line: 7, message: "outcome must be one of renewed, downgraded, churned, open" },
        { line: 8, message: "voluntary must be yes or no" },
        { line: 9, message: "contract_id and account_id must not be empty" },
      ],
    });
    expect(mapContracts("id,account\nc1,acme")).toEqual({
      problems: [
        {
          line: 1,
          message: "the header lacks contract_id, account_id, start, end, arr, currency, outcome",
        },
      ],
    });
  });

  it("sends what it maps, and a second run replays it", async () => {
    const mapped = mapContracts(csv.replace('"5,000"', "5000"));
    if ("problems" in mapped) throw new Error("unexpected problems");
    // Ids of their own for this run: the mock is shared by the file.
    const events = mapped.events.map((e) => ({ ...e, id: `${e.id}-${Date.now()}` }));
    const admin = createAdminClient({ apiBase, adminKey: "demo-admin-key" });
    const first = await admin.sendRevenue({ events });
    expect(first.results.map((r) => r.status)).toEqual(Array(7).fill("created"));
    const again = await admin.sendRevenue({ events });
    expect(again.results.map((r) => r.status)).toEqual(Array(7).fill("replayed"));
    const results = await admin.getCompanyResults({ asOf: "2026-01-15" });
    // 2025: acme 12,000 → 12,000, globex 8,000 → 0, initech 5,000 → 4,500.
    expect(results.revenue).toMatchObject({
      cohort: 3,
      startArr: 25000,
      endArr: 16500,
      logoChurn: { churned: 1 },
    });
  });
});
