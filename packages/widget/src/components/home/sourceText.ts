import type { Baseline, Metric } from "@goalpost/core";
import type { Translate } from "../../i18n/createTranslator.ts";

/**
 * Where a value came from, in words: "entered by you", "synced from Salesforce", "waiting to
 * send". Given the signed-in user's id (`me`), a typed entry of someone else is a colleague's.
 */
export function sourceText(
  t: Translate,
  metric: Pick<Metric, "dataSource">,
  entry: Pick<Baseline, "source"> & { pending?: true; userId?: string },
  me?: string,
): string {
  if (entry.pending) return t("sourcePending");
  const { source } = entry;
  const typed = source === "self" || source === "scale";
  if (typed && me !== undefined && entry.userId !== undefined && entry.userId !== me)
    return t("sourceColleague");
  const key =
    source === "scale"
      ? "sourceScale"
      : source === "self"
        ? "sourceSelf"
        : source === "app"
          ? "sourceApp"
          : "sourceIntegration";
  return t(key, { source: metric.dataSource });
}
