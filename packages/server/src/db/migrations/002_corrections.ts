/**
 * Corrections: a measurement keeps when it was last corrected and, deleted, stays as a tombstone
 * (`deleted_at`) that every read but a replay and its history leaves out; each correction, and
 * each change of an agreement's maturity level or baseline, is a row of history. Points ingested
 * while no agreement is in place are kept, newest per account, role and metric, to offer as a
 * baseline.
 */
export const corrections = `
ALTER TABLE measurements ADD COLUMN corrected_at timestamptz;
ALTER TABLE measurements ADD COLUMN deleted_at timestamptz;
-- Lists, sessions and current values read live measurements only.
DROP INDEX measurements_agreement_at;
CREATE INDEX measurements_agreement_at_live ON measurements (agreement_id, at DESC, id DESC)
  WHERE deleted_at IS NULL;

CREATE TABLE measurement_corrections (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  measurement_id text COLLATE "C" NOT NULL REFERENCES measurements (id),
  at timestamptz NOT NULL,
  user_id text COLLATE "C" NOT NULL,
  action text NOT NULL CHECK (action IN ('corrected', 'deleted')),
  before_value double precision NOT NULL,
  before_note text,
  after_value double precision,
  after_note text,
  CHECK ((action = 'deleted') = (after_value IS NULL))
);
CREATE INDEX measurement_corrections_measurement ON measurement_corrections (measurement_id, seq);

CREATE TABLE agreement_changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id),
  at timestamptz NOT NULL,
  user_id text COLLATE "C" NOT NULL,
  -- The maturity level and baseline that changed, before and after (AgreementState as JSON).
  before jsonb NOT NULL,
  after jsonb NOT NULL
);
CREATE INDEX agreement_changes_agreement ON agreement_changes (agreement_id, seq);

CREATE TABLE latest_values (
  account_id text COLLATE "C" NOT NULL,
  role_id text COLLATE "C" NOT NULL,
  metric_id text COLLATE "C" NOT NULL,
  value double precision NOT NULL,
  at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('integration', 'app')),
  PRIMARY KEY (account_id, role_id, metric_id)
);
`;
