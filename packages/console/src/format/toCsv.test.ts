import { describe, expect, it } from "vitest";
import { toCsv } from "./toCsv.ts";

describe("toCsv", () => {
  it("quotes what needs quoting and ends lines with CRLF", () => {
    expect(
      toCsv([
        ["account", "note"],
        ["acme", 'said "hi", then\nleft'],
        ["x", 2.5],
        ["y", null],
      ]),
    ).toBe('account,note\r\nacme,"said ""hi"", then\nleft"\r\nx,2.5\r\ny,\r\n');
  });

  it("keeps a field from running as a spreadsheet formula", () => {
    expect(toCsv([["=HYPERLINK(1)", "+1", "-2", "@a", "ok"]])).toBe(
      "'=HYPERLINK(1),'+1,'-2,'@a,ok\r\n",
    );
    expect(toCsv([[-2]])).toBe("-2\r\n"); // numbers are numbers
  });
});
