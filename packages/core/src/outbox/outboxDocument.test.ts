import { describe, expect, it } from "vitest";
import { parseOutboxDocument, serializeOutboxDocument } from "./outboxDocument.ts";

const entry = (id: string, attempts = 0) => ({
  id,
  body: { id, agreementId: "a", value: 1, source: "self", future: "kept" },
  createdAt: 1,
  attempts,
  nextAttemptAt: 1,
  status: "pending",
});

describe("parseOutboxDocument", () => {
  it("reads what it wrote, keeping unknown body fields so a re-send stays a replay", () => {
    const document = { entries: [entry("m1") as never], done: ["m0"], unreadable: [{ odd: true }] };
    const { document: read, problems } = parseOutboxDocument(
      serializeOutboxDocument(document),
      "k",
    );
    expect(read.entries).toEqual([entry("m1")]);
    expect(read.done).toEqual(["m0"]);
    expect(read.unreadable).toEqual([{ odd: true }]);
    expect(problems).toHaveLength(1);
  });

  it("starts empty on a missing key, and reports a value of another shape", () => {
    expect(parseOutboxDocument(null, "k")).toEqual({
      document: { entries: [], done: [], unreadable: [] },
      problems: [],
    });
    for (const text of ["[1,2]", "null", '"x"', "{}", "{"]) {
      const { document, problems } = parseOutboxDocument(text, "k");
      expect(document.entries).toEqual([]);
      expect(problems).toEqual([
        expect.objectContaining({ code: "unreadable_storage", raw: text }),
      ]);
    }
  });

  it("refuses an entry whose body has another id, and keeps one copy of a duplicated id", () => {
    const mismatched = { ...entry("m1"), body: { ...entry("m1").body, id: "m9" } };
    const text = JSON.stringify({
      entries: [mismatched, entry("m2", 1), entry("m2", 3), entry("m2", 2)],
    });
    const { document, problems } = parseOutboxDocument(text, "k");
    expect(document.entries).toEqual([entry("m2", 3)]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/body has another id/)]);
  });

  it("names the field that made an entry unreadable", () => {
    const text = JSON.stringify({ entries: [{ ...entry("m1"), attempts: -1 }] });
    const { problems } = parseOutboxDocument(text, "goalpost:k");
    expect(problems[0]?.message).toMatch(/storage "goalpost:k".*attempts/);
  });
});
