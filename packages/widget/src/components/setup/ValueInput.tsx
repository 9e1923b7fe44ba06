import type { Metric } from "@goalpost/core";
import { LikertScale } from "../parts/LikertScale.tsx";
import { NumberField } from "../parts/NumberField.tsx";
import { unitLabel } from "../parts/unitLabel.ts";
import { useWidget } from "../WidgetContext.ts";

/** Props of {@link ValueInput}. */
export interface ValueInputProps {
  metric: Metric;
  label: string;
  description: string;
  /**
   * The value as text in the user's locale (`format.inputNumber`; read it back with
   * `format.parseNumber`): as typed, or the chosen scale point written the same way.
   */
  text: string;
  onInput(text: string): void;
  error: string | undefined;
}

/**
 * A value of `metric`: the anchored Likert scale for a scale-assessed metric, otherwise a
 * number with the metric's unit (%, currency code, minutes/hours/days, what is counted).
 */
export function ValueInput({ metric, label, description, text, onInput, error }: ValueInputProps) {
  const { t, format } = useWidget();
  if (metric.scale) {
    return (
      <LikertScale
        legend={label}
        description={description}
        scale={metric.scale}
        value={text === "" ? undefined : format.parseNumber(text)}
        onChange={(value) => onInput(format.inputNumber(value))}
        error={error}
      />
    );
  }
  return (
    <NumberField
      label={label}
      unit={unitLabel(metric.unit, t, format)}
      description={description}
      value={text}
      onInput={onInput}
      error={error}
    />
  );
}
