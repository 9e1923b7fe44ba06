import type { ValueElement } from "@goalpost/core";
import { useId } from "preact/hooks";
import { useWidget } from "../WidgetContext.ts";

const typeKeys = {
  feature: "typeFeature",
  guide: "typeGuide",
  training: "typeTraining",
  service: "typeService",
  template: "typeTemplate",
  community: "typeCommunity",
} as const;

/** Props of {@link ValueElementItem}. */
export interface ValueElementItemProps {
  element: ValueElement;
  /** Done or not; undefined when it cannot be marked (not chosen for the goal). */
  done?: boolean | undefined;
  busy?: boolean;
  onToggleDone?: () => void;
}

/**
 * One value element: title, type and description; a link (https only, in a new tab) or an in-app
 * action for the host; and, when chosen for the goal, marking it done or not.
 */
export function ValueElementItem({ element, done, busy, onToggleDone }: ValueElementItemProps) {
  const { t, runAction } = useWidget();
  const id = useId();
  const { href, action } = element;
  return (
    <article class="gp-card" aria-labelledby={id}>
      <div class="gp-row">
        <h5 id={id}>{element.title}</h5>
        <span class="gp-tag">{t(typeKeys[element.type])}</span>
        {done && <span class="gp-good">✓ {t("doneLabel")}</span>}
      </div>
      {element.description && <p>{element.description}</p>}
      <div class="gp-row">
        {href?.startsWith("https://") ? (
          <a
            class="gp-btn"
            data-variant="quiet"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby={id}
          >
            {t("openLink")}
          </a>
        ) : (
          action && (
            <button
              type="button"
              class="gp-btn"
              data-variant="quiet"
              aria-describedby={id}
              onClick={() => runAction({ action, valueElementId: element.id })}
            >
              {t("openAction")}
            </button>
          )
        )}
        {done !== undefined && (
          <button
            type="button"
            class="gp-btn"
            data-variant="quiet"
            aria-describedby={id}
            aria-busy={busy}
            onClick={onToggleDone}
          >
            {t(done ? "markNotDone" : "markDone")}
          </button>
        )}
      </div>
    </article>
  );
}
