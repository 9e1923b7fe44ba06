import { useId } from "preact/hooks";

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  label: string;
  /** The unit shown after the field and read with it, e.g. "%" or "hours". */
  unit?: string;
  description?: string;
  /** The text the user typed (kept as text so a half-typed "4." survives). */
  value: string;
  onInput(text: string): void;
  error?: string | undefined;
}

/**
 * A labelled number input with its unit, a description and an error, all announced with it: the
 * unit as part of its name ("Campaign setup time hours"), then the description and the error.
 */
export function NumberField({ label, unit, description, value, onInput, error }: NumberFieldProps) {
  const id = useId();
  const described = [description && `${id}-d`, error && `${id}-e`].filter(Boolean).join(" ");
  return (
    <div class="gp-field">
      <label id={`${id}-l`} for={id}>
        {label}
      </label>
      {description && (
        <p id={`${id}-d`} class="gp-muted">
          {description}
        </p>
      )}
      <div class="gp-number-row">
        <input
          id={id}
          class="gp-input gp-number"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-labelledby={unit ? `${id}-l ${id}-u` : undefined}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={described || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {unit && <span id={`${id}-u`}>{unit}</span>}
      </div>
      {error && (
        <p id={`${id}-e`} class="gp-error">
          {error}
        </p>
      )}
    </div>
  );
}
