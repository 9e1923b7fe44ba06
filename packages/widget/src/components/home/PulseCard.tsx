import { limits } from "@goalpost/core";
import { useRef, useState } from "preact/hooks";
import { LikertScale } from "../parts/LikertScale.tsx";
import { useDraft } from "../parts/useDraft.ts";
import { Field } from "../setup/Field.tsx";
import { useSave } from "../setup/useSave.ts";
import { useWidget } from "../WidgetContext.ts";

const scores = [1, 2, 3, 4, 5] as const;

/**
 * The value pulse, on home when it is due (the backend decides: once the user has experienced
 * value): one question on a labelled 1–5 scale about the value overall, a comment offered once a
 * score is chosen, Send or Not now. Sending leaves a visible thank-you in its place. Not asked
 * offline (sending needs the server); a score or comment typed is kept as a draft.
 */
export function PulseCard() {
  const { goalpost, ui, t, announce } = useWidget();
  const [sent, setSent] = useState(false);
  const [draft, update, discard] = useDraft("pulse", () => ({
    score: undefined as number | undefined,
    comment: "",
  }));
  const score = scores.find((s) => s === draft.score);
  const { formRef, saving, fail, at, rest, save } = useSave();
  const thanks = useRef<HTMLParagraphElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  if (sent) {
    return (
      <p class="gp-card gp-pulse-thanks" tabIndex={-1} ref={thanks}>
        {t("pulseThanks")}
      </p>
    );
  }
  if (!goalpost.pulseDue.value || goalpost.status.value === "offline") return null;

  const submit = () => {
    if (score === undefined) return fail({ path: ["score"], message: t("setupChoose") });
    const said = draft.comment.trim();
    void save(
      () =>
        goalpost.submitPulse({ touchpoint: "overall", score, ...(said ? { comment: said } : {}) }),
      () => {
        discard();
        setSent(true);
        announce(t("pulseDone"));
        setTimeout(() => thanks.current?.focus()); // the button pressed is gone
      },
    );
  };

  return (
    <div ref={rootRef}>
      <form
        ref={formRef}
        class="gp-card"
        aria-label={t("pulseQuestion")}
        aria-busy={saving ? "true" : undefined}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <LikertScale
          legend={t("pulseQuestion")}
          scale={{ points: scores.map((value) => ({ value, label: t(`pulseScore${value}`) })) }}
          value={score}
          onChange={(chosen) => update({ score: chosen })}
          error={at("score")}
        />
        {score !== undefined && (
          <Field label={t("pulseComment")} hint={t("pulseCommentHint")} error={at("comment")}>
            {(control) => (
              <textarea
                {...control}
                class="gp-textarea"
                rows={2}
                maxLength={limits.textLength}
                value={draft.comment}
                onInput={(event) => update({ comment: event.currentTarget.value })}
              />
            )}
          </Field>
        )}
        {rest([["score"], ["comment"]]).map((problem) => (
          <p key={problem.message} class="gp-error" role="alert">
            {problem.message}
          </p>
        ))}
        <div class="gp-row">
          <button type="submit" class="gp-btn" aria-disabled={saving ? "true" : undefined}>
            {saving ? t("setupSaving") : t("pulseSubmit")}
          </button>
          <button
            type="button"
            class="gp-btn"
            data-variant="quiet"
            onClick={() => {
              // The card is about to go: the reading position moves to the screen's heading.
              rootRef.current?.parentElement?.querySelector<HTMLElement>("h3")?.focus();
              goalpost.dismissPulse();
              ui.drafts.clear("pulse");
            }}
          >
            {t("pulseLater")}
          </button>
        </div>
      </form>
    </div>
  );
}
