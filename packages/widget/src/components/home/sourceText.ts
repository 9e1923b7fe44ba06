import type { Baseline, Metric } from "@goalpost/core";
import type { Translate } from "../../i18n/createTranslator.ts";

/** Where a value came from, in words: "entered by you", "synced from Salesforce", "waiting to send". */
export function sourceText(
  t: Translate,
  metric: Pick<Metric, "dataSource">,
  entry: Pick<Baseline, "source"> & { pending?: true },
): string {
  if (entry.pending) return t("sourcePending");
  const { source } = entry;
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
