import type { Unit } from "@goalpost/core";
import type { Format } from "../../i18n/createFormat.ts";
import type { Translate } from "../../i18n/createTranslator.ts";

/**
 * What follows a number typed for this unit: "%", "$", "hours", "meetings"; "" for none. A
 * currency is written as amounts are everywhere else in the widget ("$", not "USD").
 */
export function unitLabel(
  unit: Unit,
  t: Translate,
  format: Pick<Format, "currencySymbol">,
): string {
  switch (unit.type) {
    case "percent":
      return "%";
    case "currency":
      return format.currencySymbol(unit.currency);
    case "duration":
      return t(`unit_${unit.of}`);
    case "number":
      return unit.label ?? "";
    default:
      return "";
  }
}
