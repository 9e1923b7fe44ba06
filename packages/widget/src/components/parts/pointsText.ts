import type { Translate } from "../../i18n/createTranslator.ts";

/** A change in points (percentage points, scale points): "+26 points", "1 point". */
export const pointsText = (t: Translate, text: string, value: number) =>
  t(Math.abs(value) === 1 ? "pointOne" : "pointOther", { n: text });
