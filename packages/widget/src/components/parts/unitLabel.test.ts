import { describe, expect, it } from "vitest";
import { createFormat } from "../../i18n/createFormat.ts";
import { createTranslator } from "../../i18n/createTranslator.ts";
import { unitLabel } from "./unitLabel.ts";

describe("unitLabel", () => {
  it("writes a currency beside a field as amounts are written elsewhere", () => {
    const t = createTranslator({}, "en-US");
    const format = createFormat("en-US", t);
    const usd = { type: "currency", currency: "USD" } as const;
    expect(unitLabel(usd, t, format)).toBe("$");
    const german = createFormat("de-DE", t);
    expect(unitLabel({ type: "currency", currency: "EUR" }, t, german)).toBe("€");
    expect(unitLabel({ type: "duration", of: "hours" }, t, format)).toBe("hours");
  });
});
