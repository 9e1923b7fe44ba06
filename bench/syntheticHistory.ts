// The synthetic history the server benches fill a fresh store with: `$1` accounts with an SDR
// each, two agreed metrics per SDR, a measurement a week for 180 days, a goal decided in the last
// 90 days and a pulse per account.

/** The synthetic history, in SQL (generate_series), relative to the database's now(). */
export const fill = [
  `INSERT INTO accounts (id, created_at)
   SELECT 'bench-' || i, now() - interval '200 days' FROM generate_series(1, $1::int) i`,
  `INSERT INTO users (account_id, id, role_id, name, created_at)
   SELECT 'bench-' || i, 'sdr-' || i, 'sdr', 'SDR ' || i, now() - interval '200 days'
   FROM generate_series(1, $1::int) i`,
  `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at,
     maturity_level, baseline_value, baseline_at, baseline_source)
   SELECT 'agr-' || i || '-' || metric, 'bench-' || i, 'sdr', metric, 'agreed', 'customer',
     now() - interval '180 days', 2, 10, now() - interval '180 days', source
   FROM generate_series(1, $1::int) i,
     (VALUES ('meetings-booked', 'self'), ('qualified-contacts', 'app')) AS m(metric, source)`,
  `INSERT INTO measurements (id, agreement_id, value, at, source, user_id, request)
   SELECT 'm-' || a.id || '-' || d, a.id, 8 + (d + length(a.id)) % 9, now() - d * interval '1 day',
     a.baseline_source, 'sdr', 'bench'
   FROM agreements a, generate_series(1, 180, 7) d WHERE a.account_id LIKE 'bench-%' AND $1::int > 0`,
  `INSERT INTO goals (id, agreement_id, start_value, target, start_at, due_at, status, actions,
     value_element_ids, achieved_at, closed_at)
   SELECT 'goal-' || a.id, a.id, 10, 13, now() - interval '60 days', now() - interval '30 days',
     CASE WHEN a.seq % 3 = 0 THEN 'missed' ELSE 'achieved' END, '[]', '[]',
     CASE WHEN a.seq % 3 = 0 THEN NULL ELSE now() - interval '40 days' END,
     CASE WHEN a.seq % 3 = 0 THEN now() - interval '30 days' ELSE now() - interval '40 days' END
   FROM agreements a WHERE a.account_id LIKE 'bench-%' AND $1::int > 0`,
  `INSERT INTO pulses (id, account_id, role_id, user_id, touchpoint, score, at)
   SELECT 'pulse-' || i, 'bench-' || i, 'sdr', 'sdr-' || i, 'overall', 1 + i % 5,
     now() - interval '20 days'
   FROM generate_series(1, $1::int) i`,
];
