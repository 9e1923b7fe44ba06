import type { ValueElement } from "@goalpost/core";
import { useWidget } from "../WidgetContext.ts";

/** Props of {@link ValueElementChoices}. */
export interface ValueElementChoicesProps {
  elements: readonly ValueElement[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** Checkboxes over the value elements that can help reach the goal: title, type, description. */
export function ValueElementChoices({ elements, chosen, onChange }: ValueElementChoicesProps) {
  const { t } = useWidget();
  if (!elements.length) return null;
  return (
    <fieldset class="gp-stack">
      <legend>{t("goalElements")}</legend>
      {elements.map((element) => (
        <label key={element.id} class="gp-choice">
          <input
            type="checkbox"
            checked={chosen.includes(element.id)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? [...chosen, element.id]
                  : chosen.filter((id) => id !== element.id),
              )
            }
          />
          <span class="gp-choice-text">
            <strong>{element.title}</strong>{" "}
            <span class="gp-muted">
              {t(`goalType_${element.type}`)}
              {element.description && `: ${element.description}`}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
