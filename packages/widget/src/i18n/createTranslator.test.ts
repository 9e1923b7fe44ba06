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
});
