import type { AnchoredScale } from "@goalpost/core";
import { useId } from "preact/hooks";

/** Props of {@link LikertScale}. */
export interface LikertScaleProps {
  legend: string;
  description?: string;
  scale: AnchoredScale;
  value: number | undefined;
  onChange(value: number): void;
  error?: string | undefined;
}

/**
 * An anchored Likert scale as a real radio group: every point labelled, arrow keys move between
 * points (native radios), the legend names the question.
 */
export function LikertScale({
  legend,
  description,
  scale,
  value,
  onChange,
  error,
}: LikertScaleProps) {
  const name = useId();
  return (
    <fieldset
      class="gp-likert"
      // One choice of a scale: a radio group (a fieldset alone is a plain group), which can be
      // marked invalid as a whole.
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows radiogroup on fieldset
      role="radiogroup"
      aria-invalid={error ? "true" : undefined}
      aria-describedby={
        [description && `${name}-d`, error && `${name}-e`].filter(Boolean).join(" ") || undefined
      }
    >
      <legend>{legend}</legend>
      {description && (
        <p id={`${name}-d`} class="gp-muted">
          {description}
        </p>
      )}
      <div class="gp-likert-points">
        {scale.points.map((point) => (
          <label key={point.value} class="gp-likert-point">
            <input
              type="radio"
              name={name}
              value={point.value}
              checked={value === point.value}
              onChange={() => onChange(point.value)}
            />
            <span class="gp-likert-value">{point.value}</span>
            <span class="gp-likert-label">{point.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-e`} class="gp-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
