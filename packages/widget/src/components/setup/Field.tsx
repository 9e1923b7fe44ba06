import type { JSX } from "preact";
import { useId } from "preact/hooks";

/** What a control needs to be labelled, described and marked invalid. */
export interface FieldControl {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": "true" | undefined;
}

/** Props of {@link Field}. */
export interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Renders the control with the attributes that tie it to its label, hint and error. */
  children(control: FieldControl): JSX.Element;
}

/** A labelled control (input, select, textarea) with its hint and error, announced with it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-h`, error && `${id}-e`].filter(Boolean).join(" ");
  return (
    <div class="gp-field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-h`} class="gp-muted">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-describedby": described || undefined,
        "aria-invalid": error ? "true" : undefined,
      })}
      {error && (
        <p id={`${id}-e`} class="gp-error">
          {error}
        </p>
      )}
    </div>
  );
}
