import type { Implausible } from "@goalpost/core";
import { useEffect, useState } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

/** What {@link useValueCheck} offers a form. */
export interface ValueCheck {
  /** The question being asked, while the field still holds the value it is about. */
  asked: Implausible | undefined;
  /**
   * Call on Save: true when the save must wait for the user, because `value` is implausible and
   * not yet asked about (the question then shows). A second Save of the same value goes ahead.
   */
  holds(value: number): boolean;
  /** Closes the question ("Change it"). */
  dismiss(): void;
}

/**
 * Asks once before an implausible entry or baseline is saved (the core's `checkPlausible`):
 * the first Save shows the question, a second Save of the same value saves it. `current` is the
 * value the field holds now: once it is changed, the question is gone.
 */
export function useValueCheck(agreementId: string, current: number): ValueCheck {
  const { goalpost } = useWidget();
  const [asked, setAsked] = useState<Implausible>();
  useEffect(() => {
    if (asked && asked.value !== current) setAsked(undefined); // typed over: asked no more
  }, [current]);
  return {
    asked: asked?.value === current ? asked : undefined,
    holds(value) {
      if (asked?.value === value) return false;
      const found = goalpost.checkPlausible(agreementId, value); // the form has its view
      setAsked(found);
      return found !== undefined;
    },
    dismiss: () => setAsked(undefined),
  };
}
