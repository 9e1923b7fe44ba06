import { limits, Touchpoint } from "@goalpost/core";
import { useState } from "preact/hooks";
import { LikertScale } from "../parts/LikertScale.tsx";
import { Field } from "../setup/Field.tsx";
import { SetupForm } from "../setup/SetupForm.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

const scores = [1, 2, 3, 4, 5] as const;

/**
 * The value pulse: how much value the user gets from a touchpoint, 1–5 with labelled anchors,
 * and an optional comment. "Not now" dismisses it until the next session.
 */
export function PulseScreen() {
  const { goalpost, ui, t, announce } = useWidget();
  const [touchpoint, setTouchpoint] = useState<Touchpoint>("overall");
  const [score, setScore] = useState<number>();
  const [comment, setComment] = useState("");
  const { formRef, saving, fail, at, rest, save } = useSave();
  const home = () => (ui.screen.value = { name: "home" });

  const submit = () => {
    if (score === undefined) return fail({ path: ["score"], message: t("setupChoose") });
    const said = comment.trim();
    void save(
      () => goalpost.submitPulse({ touchpoint, score, ...(said ? { comment: said } : {}) }),
      () => {
        announce(t("pulseDone"));
        home();
      },
    );
  };

  return (
    <SetupForm
      title={t("pulseTitle")}
      formRef={formRef}
      saving={saving}
      submitLabel={t("pulseSubmit")}
      problems={rest([["touchpoint"], ["score"], ["comment"]])}
      onSubmit={submit}
      extra={
        <button
          type="button"
          class="gp-btn"
          data-variant="quiet"
          onClick={() => {
            goalpost.dismissPulse();
            home();
          }}
        >
          {t("pulseNotNow")}
        </button>
      }
    >
      <Field label={t("pulseTouchpoint")} error={at("touchpoint")}>
        {(control) => (
          <select
            {...control}
            class="gp-select"
            value={touchpoint}
            onChange={(event) => setTouchpoint(event.currentTarget.value as Touchpoint)}
          >
            {Touchpoint.options.map((option) => (
              <option key={option} value={option}>
                {t(`pulseTouchpoint_${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <LikertScale
        legend={t("pulseScore")}
        scale={{ points: scores.map((value) => ({ value, label: t(`pulseScore${value}`) })) }}
        value={score}
        onChange={setScore}
        error={at("score")}
      />
      <Field label={t("pulseComment")} hint={t("pulseCommentHint")} error={at("comment")}>
        {(control) => (
          <textarea
            {...control}
            class="gp-textarea"
            rows={3}
            maxLength={limits.textLength}
            value={comment}
            onInput={(event) => setComment(event.currentTarget.value)}
          />
        )}
      </Field>
    </SetupForm>
  );
}
