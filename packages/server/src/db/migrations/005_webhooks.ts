/**
 * Webhooks (docs/webhooks.md). Each event is written in the transaction of the change that
 * causes it (`webhook_events`, the outbox), with one delivery per endpoint that wants it
 * (`webhook_deliveries`), so that a crash can neither lose the event of a stored change nor
 * send one of a change rolled back. The worker claims due deliveries with a lease
 * (`leased_until`): one that dies mid-delivery leaves it to be claimed again, with the same
 * event id. `webhook_schedule` holds how far the scheduler has run (events no request causes).
 */
export const webhooks = `
CREATE TABLE webhook_endpoints (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text COLLATE "C" PRIMARY KEY,
  url text NOT NULL,
  description text,
  event_types jsonb,
  enabled boolean NOT NULL,
  secret text NOT NULL,
  previous_secret text,
  previous_secret_expires_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE webhook_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  type text NOT NULL,
  account_id text COLLATE "C" NOT NULL,
  at timestamptz NOT NULL,
  body text NOT NULL
);
CREATE INDEX webhook_events_at ON webhook_events (at, seq);

CREATE TABLE webhook_deliveries (
  endpoint_id text COLLATE "C" NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_seq bigint NOT NULL REFERENCES webhook_events (seq) ON DELETE CASCADE,
  account_id text COLLATE "C" NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  attempts int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  leased_until timestamptz,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  response_status int,
  response_excerpt text,
  error text,
  PRIMARY KEY (endpoint_id, event_seq)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at)
  WHERE status = 'pending';
CREATE INDEX webhook_deliveries_account_order ON webhook_deliveries (endpoint_id, account_id, event_seq)
  WHERE status = 'pending';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, event_seq DESC);

CREATE TABLE webhook_schedule (
  id int PRIMARY KEY CHECK (id = 1),
  until_at timestamptz NOT NULL
);
`;
