/**
 * The first schema. Ids are the contract's (letters, digits, `. _ : -`) and compare byte-wise
 * (`COLLATE "C"`), like JavaScript strings, so lists sort the same in every store. Times are
 * timestamptz at millisecond precision (what the server writes). Catalog ids in agreements and
 * goals cannot be foreign keys: the catalog is one validated JSON document.
 */
export const schema = `
CREATE TABLE catalog (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  revision bigint NOT NULL,
  document json NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE accounts (
  id text COLLATE "C" PRIMARY KEY,
  created_at timestamptz NOT NULL
);

CREATE TABLE users (
  account_id text COLLATE "C" NOT NULL REFERENCES accounts (id),
  id text COLLATE "C" NOT NULL,
  role_id text COLLATE "C" NOT NULL,
  name text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, id)
);
-- KPIs: role instances known by the end of a period.
CREATE INDEX users_created_at ON users (created_at);

CREATE TABLE agreements (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  account_id text COLLATE "C" NOT NULL REFERENCES accounts (id),
  role_id text COLLATE "C" NOT NULL,
  metric_id text COLLATE "C" NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'agreed', 'retired')),
  proposed_by text NOT NULL CHECK (proposed_by IN ('customer', 'vendor')),
  agreed_at timestamptz,
  retired_at timestamptz,
  maturity_level smallint CHECK (maturity_level BETWEEN 1 AND 10),
  baseline_value double precision,
  baseline_at timestamptz,
  baseline_source text CHECK (baseline_source IN ('scale', 'self', 'integration', 'app')),
  CHECK ((baseline_value IS NULL) = (baseline_at IS NULL)),
  CHECK ((baseline_value IS NULL) = (baseline_source IS NULL)),
  CHECK (status <> 'retired' OR retired_at IS NOT NULL)
);
-- One measure in place per account, role and metric, whatever races two requests run.
CREATE UNIQUE INDEX agreements_one_open ON agreements (account_id, role_id, metric_id)
  WHERE status <> 'retired';
-- Sessions and account reports: an account's agreements (for a role) in the order they came.
CREATE INDEX agreements_account ON agreements (account_id, role_id, seq);

CREATE TABLE goals (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id),
  start_value double precision NOT NULL,
  target double precision NOT NULL,
  start_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'achieved', 'missed', 'abandoned')),
  changes text,
  actions jsonb NOT NULL,
  value_element_ids jsonb NOT NULL,
  done_value_element_ids jsonb,
  previous_goal_id text COLLATE "C" REFERENCES goals (id),
  achieved_at timestamptz,
  closed_at timestamptz,
  CHECK ((status = 'active') = (closed_at IS NULL)),
  CHECK ((status = 'achieved') = (achieved_at IS NOT NULL))
);
-- At most one active goal per agreement.
CREATE UNIQUE INDEX goals_one_active ON goals (agreement_id) WHERE status = 'active';
CREATE INDEX goals_agreement ON goals (agreement_id, seq);
-- KPIs: goals decided in a period, achieved (by achieved_at) or missed (by due_at).
CREATE INDEX goals_achieved_at ON goals (achieved_at) WHERE status = 'achieved';
CREATE INDEX goals_due_at ON goals (due_at) WHERE status IN ('active', 'missed');

CREATE TABLE measurements (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  -- Client-generated: the primary key is what makes a retried write land once.
  id text COLLATE "C" PRIMARY KEY,
  agreement_id text COLLATE "C" NOT NULL REFERENCES agreements (id),
  value double precision NOT NULL,
  at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('scale', 'self', 'integration', 'app')),
  phase text CHECK (phase IN ('start', 'end')),
  note text,
  user_id text COLLATE "C" NOT NULL,
  -- Canonical JSON of the request that created it: a replay is told from a conflict by it.
  request text NOT NULL
);
-- Lists, sessions and current values: an agreement's measurements newest first.
CREATE INDEX measurements_agreement_at ON measurements (agreement_id, at DESC, id DESC);

CREATE TABLE pulses (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  account_id text COLLATE "C" NOT NULL,
  role_id text COLLATE "C" NOT NULL,
  user_id text COLLATE "C" NOT NULL,
  touchpoint text NOT NULL
    CHECK (touchpoint IN ('overall', 'problem', 'product', 'training', 'pricing', 'support')),
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment text,
  at timestamptz NOT NULL,
  FOREIGN KEY (account_id, user_id) REFERENCES users (account_id, id)
);
-- Whether a user's pulse is due; an account report's pulses.
CREATE INDEX pulses_user_at ON pulses (account_id, user_id, at);
-- KPIs: pulses in a period.
CREATE INDEX pulses_at ON pulses (at);
`;
