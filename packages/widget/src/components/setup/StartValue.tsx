import type { Metric } from "@goalpost/core";
import type { Format } from "../../i18n/createFormat.ts";
import type { Translate } from "../../i18n/createTranslator.ts";
import { useWidget } from "../WidgetContext.ts";
import type { BaselineOffer } from "./baselineOffer.ts";
import { ValueInput } from "./ValueInput.tsx";

/** Where an offered value comes from: "From Beacon visitor list, recorded today. …" */
export const offerFrom = (
  t: Translate,
  format: Format,
  metric: Metric,
  offer: BaselineOffer,
  now: number,
) =>
  t(`baselineFrom_${offer.source}`, {
    source: metric.dataSource,
    when: format.fromNow(offer.at, now),
  });

/** Props of {@link StartValue}. */
export interface StartValueProps {
  metric: Metric;
  /** The start as typed, or as chosen from the offer. */
  text: string;
  onInput(text: string): void;
  /** The product's latest value, when it holds one. */
  offer: BaselineOffer | undefined;
  /** Whether the field holds the offered value, as chosen. */
  chosen: boolean;
  onOffer(): void;
  error: string | undefined;
}

/**
 * Where the user starts: the product's latest value offered in one press ("Use 42% from Beacon
 * visitor list, recorded today"), then the field, which says where its value came from while it
 * holds the offered one.
 */
export function StartValue({
  metric,
  text,
  onInput,
  offer,
  chosen,
  onOffer,
  error,
}: StartValueProps) {
  const { goalpost, t, format } = useWidget();
  const time = goalpost.time.value;
  const hint =
    chosen && offer
      ? offerFrom(t, format, metric, offer, time)
      : t(metric.scale ? "baselineScaleHint" : "baselineHint", { source: metric.dataSource });
  return (
    <>
      {offer && (
        <div class="gp-row">
          <button type="button" class="gp-btn" data-variant="quiet" onClick={onOffer}>
            {t(`baselineOffer_${offer.source}`, {
              value: format.value(metric, offer.value),
              source: metric.dataSource,
              when: format.fromNow(offer.at, time),
            })}
          </button>
        </div>
      )}
      <ValueInput
        metric={metric}
        label={t("baselineLabel", { metric: metric.name })}
        description={hint}
        text={text}
        onInput={onInput}
        error={error}
      />
    </>
  );
}
