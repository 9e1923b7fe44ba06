import type { Unit } from "@goalpost/core";
import type { Translate } from "../../i18n/createTranslator.ts";

/** What follows a number typed for this unit: "%", "USD", "hours", "meetings"; "" for none. */
export function unitLabel(unit: Unit, t: Translate): string {
  switch (unit.type) {
    case "percent":
      return "%";
    case "currency":
      return unit.currency;
    case "duration":
      return t(`unit_${unit.of}`);
    case "number":
      return unit.label ?? "";
    default:
      return "";
  }
}
