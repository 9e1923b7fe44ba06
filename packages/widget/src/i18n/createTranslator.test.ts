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
});
