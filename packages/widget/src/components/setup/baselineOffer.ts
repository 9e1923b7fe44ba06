import type { AgreementView, LatestValue } from "@goalpost/core";
import type { Drafts } from "../../ui/createDrafts.ts";

/** A value the product holds of a metric, offered as where the user starts. */
export type BaselineOffer = Pick<LatestValue, "value" | "at" | "source">;

const form = (agreementId: string) => `offer:${agreementId}`;

/**
 * Keeps the product's latest value of a metric that is being agreed, for its baseline step: once
 * agreed, the session no longer lists it among `latestValues`. Kept with the user's drafts, so a
 * reload before the baseline step still offers it; cleared with {@link dropOffer}.
 */
export function keepOffer(drafts: Drafts, agreementId: string, latest: LatestValue): void {
  const { value, at, source } = latest;
  drafts.set(form(agreementId), { value, at, source });
}

/** Forgets the value kept for an agreement's baseline (the baseline was saved). */
export function dropOffer(drafts: Drafts, agreementId: string): void {
  drafts.clear(form(agreementId));
}

/** A kept offer as stored, or undefined when it is missing or damaged. */
function kept(drafts: Drafts, agreementId: string): BaselineOffer | undefined {
  const { value, at, source } = drafts.get(form(agreementId)) ?? {};
  const automatic = source === "app" || source === "integration";
  return typeof value === "number" &&
    typeof at === "string" &&
    automatic &&
    !Number.isNaN(Date.parse(at))
    ? { value, at, source }
    : undefined;
}

/**
 * The newest value the product holds of an `app` or `integration` metric, to offer as its
 * baseline: kept when it was agreed, or recorded or ingested since (an entry of that source in
 * its history). Nothing for the metrics the user reports or rates.
 */
export function offerFor(drafts: Drafts, view: AgreementView): BaselineOffer | undefined {
  const { collection } = view.metric;
  if (collection !== "app" && collection !== "integration") return undefined;
  const entry = view.history.find((m) => m.source === collection);
  const candidates = [
    kept(drafts, view.agreement.id),
    entry && { value: entry.value, at: entry.at, source: collection },
  ].filter((offer): offer is BaselineOffer => offer?.source === collection);
  return candidates.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
}
