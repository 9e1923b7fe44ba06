import type { AgreementView, Goalpost } from "@goalpost/core";
import { type FormEvent, useId, useState, useTransition } from "react";
import { metricFormat } from "../shared/metricFormat.ts";
import { formatDay } from "../shared/timeLeft.ts";
import { unitName } from "../shared/unitName.ts";

/**
 * Sets the next goal of an agreement: the suggested one (target from the current value and the
 * role's maturity, due after the metric's period) in one click, or a target of one's own. A
 * refusal rolls the optimistic goal back and shows in `snapshot.error`, so nothing is caught
 * here for display.
 */
export function SetGoalForm({ view, goalpost }: { view: AgreementView; goalpost: Goalpost }) {
  const { agreement, metric, suggestion } = view;
  const [target, setTarget] = useState("");
  const [isPending, startTransition] = useTransition();
  const id = useId();
  if (!suggestion) return null;

  const setGoal = (ownTarget?: number) =>
    startTransition(async () => {
      try {
        await goalpost.setGoal({
          agreementId: agreement.id,
          ...(ownTarget === undefined ? {} : { target: ownTarget }),
        });
      } catch {
        // Shown through snapshot.error (ErrorNotice).
      }
    });
  const submitOwn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setGoal(target.trim() === "" ? Number.NaN : Number(target));
  };

  return (
    <div className="set-goal">
      <button
        type="button"
        className="button button--primary"
        disabled={isPending}
        onClick={() => setGoal()}
      >
        Set suggested goal: {metricFormat.value(metric, suggestion.target)} by{" "}
        {formatDay(suggestion.dueAt)}
      </button>
      <form className="set-goal__own" onSubmit={submitOwn}>
        <label htmlFor={id}>or your own target ({unitName(metric)})</label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
        />
        <button type="submit" className="button" disabled={isPending}>
          Set
        </button>
      </form>
    </div>
  );
}
