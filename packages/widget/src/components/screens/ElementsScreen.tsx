import type { GoalAction, UpdateGoalBody, ValueElement } from "@goalpost/core";
import { useRef, useState } from "preact/hooks";
import { errorText } from "../../i18n/errorText.ts";
import { ScreenHeader } from "../home/ScreenHeader.tsx";
import { ValueElementItem } from "../home/ValueElementItem.tsx";
import { useWidget } from "../WidgetContext.ts";

/**
 * The plan for one metric's goal and what helps with it: what will change and the actions, the
 * user's own to mark done (the vendor team's are theirs to mark); the value elements chosen for
 * the goal (also to mark done), then the others offered for the metric; and stopping the goal,
 * after a confirmation.
 */
export function ElementsScreen({ agreementId }: { agreementId: string }) {
  const { goalpost, ui, t, announce } = useWidget();
  const view = goalpost.agreements.value.find((v) => v.agreement.id === agreementId);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState("");
  const [stopping, setStopping] = useState(false);
  const saving = useRef(false);
  // The button pressed is replaced: focus goes to the one now in its place.
  const stopRef = useRef<HTMLButtonElement>(null);
  const ask = (yes: boolean) => {
    setStopping(yes);
    setTimeout(() => stopRef.current?.focus());
  };
  if (!view) return <ScreenHeader title={t("notFound")} />;

  const { goal } = view;
  const chosenIds = goal?.valueElementIds ?? [];
  const doneIds = goal?.doneValueElementIds ?? [];
  const chosen = goalpost.valueElements.value.filter((v) => chosenIds.includes(v.id));
  const others = view.valueElements.filter((v) => !chosenIds.includes(v.id));

  /** One change of the goal at a time; `key` marks the control that is busy. */
  async function change(key: string, changes: UpdateGoalBody, said: string) {
    if (!goal || saving.current) return;
    saving.current = true;
    setBusy(key);
    setError("");
    try {
      await goalpost.updateGoal(goal.id, changes);
      announce(said);
    } catch (cause) {
      goalpost.clearError(); // shown here instead, as an alert
      setError(errorText(cause, t));
    }
    saving.current = false;
    setBusy(undefined);
  }

  const toggleElement = (element: ValueElement) => {
    const done = doneIds.includes(element.id);
    return change(
      element.id,
      {
        doneValueElementIds: [
          ...doneIds.filter((id) => id !== element.id && chosenIds.includes(id)),
          ...(done ? [] : [element.id]),
        ],
      },
      t(done ? "markedNotDone" : "markedDone", { title: element.title }),
    );
  };

  const toggleAction = (action: GoalAction) =>
    change(
      action.id,
      {
        actions: (goal?.actions ?? []).map(({ id, title, owner, done }) => ({
          id,
          title,
          owner,
          done: id === action.id ? !done : done,
        })),
      },
      t(action.done ? "markedNotDone" : "markedDone", { title: action.title }),
    );

  const stop = async () => {
    await change("stop", { status: "abandoned" }, t("goalStopped"));
    if (!goalpost.goals.peek().some((g) => g.id === goal?.id && g.status === "active")) {
      ui.screen.value = { name: "home" };
    }
  };

  return (
    <div class="gp-stack">
      <ScreenHeader title={t("elementsTitle", { metric: view.metric.name })} />
      {error && (
        <p class="gp-error" role="alert">
          {error}
        </p>
      )}
      {!goal && <p class="gp-muted">{t("noActiveGoal")}</p>}
      {goal && (goal.changes || goal.actions.length > 0) && (
        <section class="gp-stack" aria-labelledby="gp-plan">
          <h4 id="gp-plan">{t("planTitle")}</h4>
          {goal.changes && (
            <div>
              <p class="gp-muted">{t("goalChanges")}</p>
              <p>{goal.changes}</p>
            </div>
          )}
          {goal.actions.map((action) => (
            <div key={action.id} class="gp-card gp-stack">
              <div class="gp-row">
                <span id={`gp-a-${action.id}`}>{action.title}</span>
                <span class="gp-tag">
                  {t(action.owner === "vendor" ? "planByUs" : "planByYou")}
                </span>
                {action.done && <span class="gp-good">✓ {t("doneLabel")}</span>}
              </div>
              {action.owner === "vendor" ? (
                // The vendor's team does it, and says when it is done: not the customer's to mark.
                !action.done && <p class="gp-muted">{t("planOurs")}</p>
              ) : (
                <div class="gp-row">
                  <button
                    type="button"
                    class="gp-btn"
                    data-variant="quiet"
                    aria-describedby={`gp-a-${action.id}`}
                    aria-busy={busy === action.id}
                    onClick={() => toggleAction(action)}
                  >
                    {t(action.done ? "markNotDone" : "markDone")}
                  </button>
                </div>
              )}
            </div>
          ))}
        </section>
      )}
      {chosen.length > 0 && (
        <section class="gp-stack" aria-labelledby="gp-chosen">
          <h4 id="gp-chosen">{t("chosenTitle")}</h4>
          {chosen.map((element) => (
            <ValueElementItem
              key={element.id}
              element={element}
              done={doneIds.includes(element.id)}
              busy={busy === element.id}
              onToggleDone={() => toggleElement(element)}
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
      {goal && (
        <div class="gp-stack">
          {stopping && <p id="gp-stop">{t("stopConfirm")}</p>}
          <div class="gp-row">
            {stopping ? (
              <>
                <button
                  ref={stopRef}
                  type="button"
                  class="gp-btn"
                  aria-describedby="gp-stop"
                  aria-busy={busy === "stop"}
                  onClick={stop}
                >
                  {t("stopYes")}
                </button>
                <button
                  type="button"
                  class="gp-btn"
                  data-variant="quiet"
                  onClick={() => ask(false)}
                >
                  {t("stopNo")}
                </button>
              </>
            ) : (
              <button
                ref={stopRef}
                type="button"
                class="gp-btn"
                data-variant="quiet"
                onClick={() => ask(true)}
              >
                {t("stopGoal")}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
