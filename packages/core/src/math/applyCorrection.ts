import type {
  Measurement,
  MeasurementCorrection,
  MeasurementState,
  UpdateMeasurementBody,
} from "../contract/measurement.ts";

/**
 * A measurement after a correction (a new value and/or note; `note: null` clears it) or, with
 * `body` undefined, its deletion at `at` by `userId`, with the history record that keeps what it
 * was. Undefined when nothing would change (the same correction again, a second deletion), so a
 * retried request answers the same and records nothing. Checks nothing: see `checkCorrection`.
 */
export function applyCorrection(
  measurement: Measurement,
  body: UpdateMeasurementBody | undefined,
  at: string,
  userId: string,
): { measurement: Measurement; correction: MeasurementCorrection } | undefined {
  const before = stateOf(measurement);
  if (!body) {
    if (measurement.deletedAt !== undefined) return undefined;
    return {
      measurement: { ...measurement, deletedAt: at },
      correction: { at, userId, action: "deleted", before },
    };
  }
  const { note: _note, ...rest } = measurement;
  const note = body.note === undefined ? measurement.note : (body.note ?? undefined);
  const after: MeasurementState = {
    value: body.value ?? measurement.value,
    ...(note !== undefined ? { note } : {}),
  };
  if (after.value === before.value && after.note === before.note) return undefined;
  return {
    measurement: { ...rest, ...after, correctedAt: at },
    correction: { at, userId, action: "corrected", before, after },
  };
}

function stateOf(m: Measurement): MeasurementState {
  return { value: m.value, ...(m.note !== undefined ? { note: m.note } : {}) };
}
