/**
 * Company results: usage as daily totals per usage metric, version, account and day (each item
 * remembered by its id, so a retry is counted once), and revenue events in the order received.
 */
export const companyResults = `
CREATE TABLE usage_items (
  id text COLLATE "C" PRIMARY KEY,
  request text NOT NULL
);

CREATE TABLE usage_days (
  usage_metric_id text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  account_id text COLLATE "C" NOT NULL,
  day date NOT NULL,
  quantity double precision NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (usage_metric_id, version, day, account_id)
);

CREATE TABLE revenue_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  account_id text COLLATE "C" NOT NULL,
  type text NOT NULL
    CHECK (type IN ('arr', 'start', 'renewal', 'expansion', 'contraction', 'churn')),
  day date NOT NULL,
  arr double precision NOT NULL CHECK (arr >= 0),
  currency text NOT NULL,
  outcome text CHECK (outcome IN ('renewed', 'downgraded', 'churned')),
  voluntary boolean,
  request text NOT NULL
);
CREATE INDEX revenue_events_day ON revenue_events (day, seq);
`;
