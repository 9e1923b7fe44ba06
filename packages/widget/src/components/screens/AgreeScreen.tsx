import type { Agreement, Metric } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useDraft } from "../parts/useDraft.ts";
import { keepOffer } from "../setup/baselineOffer.ts";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { stepNow } from "../setup/Stepper.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * Step 1 of the setup, and home on a first run (`first`: nothing to go back to): the role's
 * suggested metrics, each with what it measures; why each matters and how its data is collected
 * wait behind one disclosure. The user agrees one or more, then places the team on the maturity
 * model. The product's latest values of the chosen metrics are kept for their baseline step.
 */
export function AgreeScreen({ first = false }: { first?: boolean }) {
  const { goalpost, ui, t, announce } = useWidget();
  const [draft, update, discard] = useDraft("agree", () => ({ chosen: [] as string[] }));
  const { formRef, saving, fail, at, rest, save } = useSave();
  const id = useId();
  const metrics = goalpost.suggestedMetrics.value;
  const chosen = draft.chosen.filter((metricId) => metrics.some((m) => m.id === metricId));
  const setChosen = (ids: string[]) => update({ chosen: ids });
  if (!metrics.length && !saving) {
    return <SetupNotice title={t("agreeTitle")} text={t("agreeEmpty")} />;
  }

  const submit = () => {
    const picked = metrics.filter((metric) => chosen.includes(metric.id));
    if (!picked.length) return fail({ path: ["metricId"], message: t("agreePickOne") });
    // Taken before agreeing: an agreed metric is no longer among the latest values.
    const latest = goalpost.latestValues.peek();
    const agreed: Agreement[] = [];
    void save(
      async () => {
        // One by one, so a refusal leaves the ones before it agreed (and they drop off the list).
        for (const metric of picked) {
          const agreement = await goalpost.agreeMetric(metric.id);
          agreed.push(agreement);
          const offer = latest.find((value) => value.metricId === metric.id);
          if (offer) keepOffer(ui.drafts, agreement.id, offer);
        }
      },
      () => {
        discard();
        const names = picked.map((m) => m.name).join(", ");
        announce(t("agreeDone", { names, step: stepNow(t, 2) }));
        ui.screen.value = { name: "maturity", agreementId: agreed[0]?.id ?? "" };
      },
    );
  };

  const error = at("metricId");
  return (
    <SetupForm
      title={t("agreeTitle")}
      step={1}
      back={!first}
      formRef={formRef}
      saving={saving}
      submitLabel={t("agreeSubmit")}
      problems={rest([["metricId"]])}
      onSubmit={submit}
    >
      <p>{t("agreeIntro")}</p>
      <fieldset class="gp-stack" aria-describedby={error ? `${id}-e` : undefined}>
        <legend>{t("agreeLegend", { role: goalpost.role.value?.name ?? "" })}</legend>
        {error && (
          <p id={`${id}-e`} class="gp-error">
            {error}
          </p>
        )}
        {metrics.map((metric) => (
          <MetricChoice
            key={metric.id}
            metric={metric}
            checked={chosen.includes(metric.id)}
            onToggle={(on) =>
              setChosen(on ? [...chosen, metric.id] : chosen.filter((m) => m !== metric.id))
            }
          />
        ))}
      </fieldset>
      <details class="gp-more">
        <summary>{t("agreeAbout")}</summary>
        <div class="gp-stack">
          {metrics.map((metric) => (
            <MetricFacts key={metric.id} metric={metric} />
          ))}
        </div>
      </details>
    </SetupForm>
  );
}

/** A suggested metric to tick: its name, and what it measures as the checkbox's description. */
function MetricChoice(props: { metric: Metric; checked: boolean; onToggle(on: boolean): void }) {
  const id = useId();
  const { metric } = props;
  return (
    <label class="gp-choice">
      <input
        type="checkbox"
        checked={props.checked}
        aria-labelledby={`${id}-n`}
        aria-describedby={`${id}-d`}
        onChange={(event) => props.onToggle(event.currentTarget.checked)}
      />
      <span class="gp-choice-text">
        <strong id={`${id}-n`}>{metric.name}</strong>
        <span id={`${id}-d`} class="gp-muted">
          {metric.description}
        </span>
      </span>
    </label>
  );
}

/** Why a metric matters, how its data is collected and what kind of metric it is. */
function MetricFacts({ metric }: { metric: Metric }) {
  const { t } = useWidget();
  return (
    <div class="gp-card">
      <strong>
        {metric.name} <span class="gp-muted">({t(`agreeKind_${metric.kind}`)})</span>
      </strong>
      <dl class="gp-agree-facts">
        {metric.whyItMatters && (
          <>
            <dt>{t("agreeWhy")}</dt>
            <dd>{metric.whyItMatters}</dd>
          </>
        )}
        <dt>{t("agreeHow")}</dt>
        <dd>
          {t("agreeSource", {
            method: t(`agreeCollect_${metric.collection}`),
            source: metric.dataSource,
          })}
        </dd>
      </dl>
    </div>
  );
}
