import type { ValueElement } from "@goalpost/core";
import { useRef, useState } from "preact/hooks";
import { ScreenHeader } from "../home/ScreenHeader.tsx";
import { ValueElementItem } from "../home/ValueElementItem.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * The value elements that help with one metric: those chosen for the active goal first (these
 * can be marked done), then the others offered for the metric.
 */
export function ElementsScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, t, announce } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState("");
  const saving = useRef(false);
  if (!view) return <ScreenHeader title={t("notFound")} />;

  const { goal } = view;
  const chosenIds = goal?.valueElementIds ?? [];
  const doneIds = goal?.doneValueElementIds ?? [];
  const chosen = goalpost.valueElements.value.filter((v) => chosenIds.includes(v.id));
  const others = view.valueElements.filter((v) => !chosenIds.includes(v.id));

  async function toggle(element: ValueElement) {
    if (!goal || saving.current) return;
    const done = doneIds.includes(element.id);
    saving.current = true;
    setBusy(element.id);
    setError("");
    try {
      await goalpost.updateGoal(goal.id, {
        doneValueElementIds: [
          ...doneIds.filter((id) => id !== element.id && chosenIds.includes(id)),
          ...(done ? [] : [element.id]),
        ],
      });
      announce(t(done ? "markedNotDone" : "markedDone", { title: element.title }));
    } catch (cause) {
      goalpost.clearError(); // shown here instead
      setError((cause as Error).message);
      announce((cause as Error).message);
    }
    saving.current = false;
    setBusy(undefined);
  }

  return (
    <div class="gp-stack">
      <ScreenHeader title={t("elementsTitle", { metric: view.metric.name })} />
      {error && <p class="gp-error">{error}</p>}
      {!goal && <p class="gp-muted">{t("noActiveGoal")}</p>}
      {chosen.length > 0 && (
        <section class="gp-stack" aria-labelledby="gp-chosen">
          <h4 id="gp-chosen">{t("chosenTitle")}</h4>
          {chosen.map((element) => (
            <ValueElementItem
              key={element.id}
              element={element}
              done={doneIds.includes(element.id)}
              busy={busy === element.id}
              onToggleDone={() => toggle(element)}
            />
          ))}
        </section>
      )}
      {others.length > 0 && (
        <section class="gp-stack" aria-labelledby="gp-more">
          <h4 id="gp-more">{t("moreTitle")}</h4>
          {others.map((element) => (
            <ValueElementItem key={element.id} element={element} />
          ))}
        </section>
      )}
      {chosen.length + others.length === 0 && <p class="gp-muted">{t("noElements")}</p>}
    </div>
  );
}
