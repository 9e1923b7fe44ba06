import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator.ts";

describe("createTranslator", () => {
  it("fills placeholders, and the host's texts win over English", () => {
    const t = createTranslator({ pending: "{count} en attente" });
    expect(t("pending", { count: 2 })).toBe("2 en attente");
    expect(t("retry")).toBe("Try again");
  });

  it("leaves an unknown placeholder visible rather than inventing a value", () => {
    expect(createTranslator()("pending")).toBe("{count} waiting to send");
  });

  it("writes numbers among the values in the locale, and strings as given", () => {
    expect(createTranslator({}, "en-US")("pending", { count: 1500 })).toBe("1,500 waiting to send");
    expect(createTranslator({}, "de-DE")("pending", { count: 1500 })).toBe("1.500 waiting to send");
    expect(createTranslator({}, "ar-EG")("pending", { count: 3 })).toBe("٣ waiting to send");
    expect(createTranslator({}, "ar-EG")("pending", { count: "3" })).toBe("3 waiting to send");
  });

  it("picks a counted text's form by the locale's plural rules", () => {
    const en = createTranslator({}, "en-US");
    expect(en.plural("entries", 1)).toBe("1 entry");
    expect(en.plural("entries", 0)).toBe("0 entries");
    expect(en.plural("entries", 1500)).toBe("1,500 entries");
    expect(en.plural("needYou", 2)).toBe("2 things need you");
  });

  it("takes a language's other forms, and falls back to …Other for one it leaves out", () => {
    const pl = createTranslator(
      { entriesOne: "{count} wpis", entriesFew: "{count} wpisy", entriesOther: "{count} wpisu" },
      "pl-PL",
    );
    expect(pl.plural("entries", 1)).toBe("1 wpis");
    expect(pl.plural("entries", 3)).toBe("3 wpisy");
    expect(pl.plural("entries", 1.5)).toBe("1,5 wpisu");
    expect(pl.plural("entries", 5)).toBe("5 wpisu"); // "many" not given: the other form
    expect(pl.form("point", "many", { n: "5" })).toBe("5 points");
  });
});
