import type { Agreement, Metric } from "@goalpost/core";
import { useDraft } from "../parts/useDraft.ts";
import { SetupForm } from "../setup/SetupForm.tsx";
import { SetupNotice } from "../setup/SetupNotice.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

/**
 * The first run (and adding measures later): the role's suggested metrics, each with what it
 * measures, why it matters, how its data is collected and its kind; the user agrees one or more,
 * then places the role on the maturity model.
 */
export function AgreeScreen() {
  const { goalpost, ui, t, announce } = useWidget();
  const [draft, update, discard] = useDraft("agree", () => ({ chosen: [] as string[] }));
  const { formRef, saving, fail, at, rest, save } = useSave();
  const metrics = goalpost.suggestedMetrics.value;
  const chosen = draft.chosen.filter((id) => metrics.some((m) => m.id === id));
  const setChosen = (ids: string[]) => update({ chosen: ids });
  if (!metrics.length && !saving) {
    return <SetupNotice title={t("agreeTitle")} text={t("agreeEmpty")} />;
  }

  const submit = () => {
    const picked = metrics.filter((metric) => chosen.includes(metric.id));
    if (!picked.length) return fail({ path: ["metricId"], message: t("agreePickOne") });
    const agreed: Agreement[] = [];
    void save(
      async () => {
        // One by one, so a refusal leaves the ones before it agreed (and they drop off the list).
        for (const metric of picked) agreed.push(await goalpost.agreeMetric(metric.id));
      },
      () => {
        discard();
        announce(t("agreeDone", { names: picked.map((m) => m.name).join(", ") }));
        ui.screen.value = { name: "maturity", agreementId: agreed[0]?.id ?? "" };
      },
    );
  };

  const error = at("metricId");
  return (
    <SetupForm
      title={t("agreeTitle")}
      formRef={formRef}
      saving={saving}
      submitLabel={t("agreeSubmit")}
      problems={rest([["metricId"]])}
      onSubmit={submit}
    >
      <p>{t("agreeIntro", { role: goalpost.role.value?.name ?? "" })}</p>
      <fieldset class="gp-stack" aria-describedby={error ? "gp-agree-e" : undefined}>
        <legend>{t("agreeLegend")}</legend>
        {error && (
          <p id="gp-agree-e" class="gp-error">
            {error}
          </p>
        )}
        {metrics.map((metric) => (
          <MetricChoice
            key={metric.id}
            metric={metric}
            checked={chosen.includes(metric.id)}
            onToggle={(on) =>
              setChosen(on ? [...chosen, metric.id] : chosen.filter((id) => id !== metric.id))
            }
          />
        ))}
      </fieldset>
    </SetupForm>
  );
}

function MetricChoice(props: { metric: Metric; checked: boolean; onToggle(on: boolean): void }) {
  const { t } = useWidget();
  const { metric } = props;
  const details = `gp-agree-${metric.id}`;
  return (
    <div class="gp-card">
      <label class="gp-row">
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={details}
          onChange={(event) => props.onToggle(event.currentTarget.checked)}
        />
        <strong>{metric.name}</strong>
        <span class="gp-muted">{t(`agreeKind_${metric.kind}`)}</span>
      </label>
      <dl id={details} class="gp-agree-facts">
        <dt>{t("agreeWhat")}</dt>
        <dd>{metric.description}</dd>
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
