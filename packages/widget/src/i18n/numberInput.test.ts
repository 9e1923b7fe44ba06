import { describe, expect, it } from "vitest";
import { createNumberInput } from "./numberInput.ts";

describe("createNumberInput", () => {
  it.each([
    ["en-US", "1,500", 1500],
    ["en-US", "1,500.25", 1500.25],
    ["en-US", "4.5", 4.5],
    ["en-US", " 4,5 ", 4.5], // cannot be grouping: the other convention's decimal
    ["en-US", "-3", -3],
    ["en-US", "−3.5", -3.5],
    ["en-US", "+7", 7],
    ["de-DE", "1.500", 1500],
    ["de-DE", "1.500,5", 1500.5],
    ["de-DE", "7,5", 7.5],
    ["de-DE", "4.5", 4.5],
    ["de-DE", "12.345.678", 12345678],
    ["fr-FR", "1\u202f500,5", 1500.5],
    ["fr-FR", "1 500", 1500],
    ["fr-FR", "4.5", 4.5],
    ["ar-EG", "٧٫٥", 7.5],
    ["ar-EG", "١٬٥٠٠", 1500],
    ["ar-EG", "42", 42],
    ["ja-JP", "1,500", 1500],
  ])("reads %s %j as %d", (locale, text, value) => {
    expect(createNumberInput(locale).parse(text)).toBe(value);
  });

  it.each([
    ["en-US", "1,500,5"], // groups then a stray separator
    ["en-US", "1.500.5"],
    ["en-US", "1,50.5"],
    ["de-DE", "1,500.5"], // the other convention's grouping with the locale's decimal mark
    ["de-DE", "1,2,3"],
    ["en-US", "1e3"],
    ["en-US", "0x10"],
    ["en-US", "Infinity"],
    ["en-US", "12 %"],
    ["en-US", ""],
    ["en-US", "-"],
    ["en-US", "four"],
    ["en-US", ".5"],
  ])("refuses %s %j", (locale, text) => {
    expect(createNumberInput(locale).parse(text)).toBeNaN();
  });

  it("reads what Intl writes, grouping included, in every locale it knows here", () => {
    for (const locale of [
      "en-US",
      "de-DE",
      "de-CH",
      "fr-FR",
      "es-ES",
      "pt-BR",
      "ar-EG",
      "hi-IN",
      "ja-JP",
    ]) {
      const input = createNumberInput(locale);
      for (const value of [1500.5, -12345678.25, 0.75])
        expect(input.parse(new Intl.NumberFormat(locale).format(value)), locale).toBe(value);
    }
  });

  it("writes values for a field in the locale, without grouping, and reads them back", () => {
    for (const locale of ["en-US", "de-DE", "fr-FR", "ar-EG", "ja-JP"]) {
      const input = createNumberInput(locale);
      for (const value of [7.5, 1500, -0.25, 123456.75])
        expect(input.parse(input.text(value))).toBe(value);
    }
    expect(createNumberInput("de-DE").text(1500.5)).toBe("1500,5");
    expect(createNumberInput("en-US").text(1500.5)).toBe("1500.5");
  });
});
