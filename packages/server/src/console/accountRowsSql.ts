/**
 * The accounts list in one statement: every account's roles (a user or an agreement in the role)
 * with the figures, state and flags of the backend's `accountRoleRow`, translated to SQL, then
 * filtered, ordered by `accountSortKey`'s key, account id and role id, after the cursor's
 * position, one page long, with the total of matching rows.
 *
 * $1 now · $2 metric directions as JSON ({ metricId: 1 | -1 }) · $3 since when a goal achieved
 * counts (resultsStateAt's window) · $4 since when missed goals and pulses count · $5 before when
 * the latest entry raises no-recent-entry · $6 role · $7 state filter · $8 search · $9 sort ·
 * $10–$12 the cursor's key, account and role · $13 rows to read (the page and one more).
 */
export const accountRowsSql = `
WITH instances AS (
  SELECT account_id, role_id FROM users
  UNION
  SELECT account_id, role_id FROM agreements
),
chosen AS (
  SELECT account_id, role_id FROM instances
  WHERE ($6::text IS NULL OR role_id = $6::text)
    AND ($8::text IS NULL OR strpos(lower(account_id), lower($8::text)) > 0)
),
directions AS (
  SELECT key COLLATE "C" AS metric_id, value::int AS sign FROM json_each_text($2::text::json)
),
user_counts AS (
  SELECT account_id, role_id, count(*)::int AS users FROM users GROUP BY account_id, role_id
),
measures AS (
  SELECT a.account_id, a.role_id,
    count(*)::int AS measures,
    count(*) FILTER (WHERE (m.value - a.baseline_value) * d.sign > 0)::int AS gains,
    count(*) FILTER (WHERE (m.value - a.baseline_value) * d.sign < 0)::int AS regressions,
    max(greatest(a.baseline_at, m.at)) AS last_entry_at
  FROM agreements a
  LEFT JOIN LATERAL (
    SELECT value, at FROM measurements m
    WHERE m.agreement_id = a.id AND m.deleted_at IS NULL AND m.at <= $1::timestamptz
    ORDER BY m.at DESC, m.seq DESC LIMIT 1
  ) m ON true
  LEFT JOIN directions d ON d.metric_id = a.metric_id
  WHERE a.status = 'agreed' AND a.baseline_value IS NOT NULL
    AND a.agreed_at <= $1::timestamptz AND a.baseline_at <= $1::timestamptz
  GROUP BY a.account_id, a.role_id
),
goal_counts AS (
  SELECT a.account_id, a.role_id,
    count(*) FILTER (WHERE g.status = 'active' AND g.due_at >= $1::timestamptz)::int AS active,
    count(*) FILTER (WHERE g.status = 'achieved')::int AS achieved,
    count(*) FILTER (WHERE g.status = 'missed'
      OR (g.status = 'active' AND g.due_at < $1::timestamptz))::int AS missed,
    coalesce(bool_or(g.status = 'achieved' AND g.achieved_at <= $1::timestamptz
      AND g.achieved_at > $3::timestamptz), false) AS achieved_recently,
    coalesce(bool_or((g.status = 'missed' OR (g.status = 'active' AND g.due_at < $1::timestamptz))
      AND g.due_at <= $1::timestamptz AND g.due_at > $4::timestamptz), false) AS missed_recently
  FROM goals g JOIN agreements a ON a.id = g.agreement_id
  GROUP BY a.account_id, a.role_id
),
pulse_averages AS (
  SELECT account_id, role_id, avg(score)::float8 AS avg_score, count(*)::int AS responses
  FROM pulses WHERE at <= $1::timestamptz AND at > $4::timestamptz
  GROUP BY account_id, role_id
),
rows AS (
  SELECT c.account_id, c.role_id,
    coalesce(u.users, 0) AS users,
    coalesce(ms.measures, 0) AS measures,
    coalesce(ms.gains, 0) AS gains,
    coalesce(ms.regressions, 0) AS regressions,
    ms.last_entry_at,
    coalesce(gc.active, 0) AS goals_active,
    coalesce(gc.achieved, 0) AS goals_achieved,
    coalesce(gc.missed, 0) AS goals_missed,
    p.avg_score, p.responses,
    CASE
      WHEN coalesce(gc.achieved_recently, false) THEN 'goal-achieved'
      WHEN coalesce(ms.measures, 0) = 0 THEN 'no-measures'
      WHEN ms.gains > 0 THEN 'gain'
      ELSE 'measuring'
    END AS state,
    coalesce(ms.regressions, 0) > 0 AS regression,
    coalesce(gc.missed_recently, false) AS missed_goal,
    coalesce(p.avg_score < 3, false) AS low_value,
    coalesce(ms.measures, 0) > 0 AND ms.last_entry_at < $5::timestamptz AS no_recent_entry
  FROM chosen c
  LEFT JOIN user_counts u ON u.account_id = c.account_id AND u.role_id = c.role_id
  LEFT JOIN measures ms ON ms.account_id = c.account_id AND ms.role_id = c.role_id
  LEFT JOIN goal_counts gc ON gc.account_id = c.account_id AND gc.role_id = c.role_id
  LEFT JOIN pulse_averages p ON p.account_id = c.account_id AND p.role_id = c.role_id
),
scored AS (
  SELECT *, regression::int + missed_goal::int + low_value::int + no_recent_entry::int AS risk
  FROM rows
),
matching AS (
  SELECT *,
    CASE $9::text
      WHEN 'risk' THEN -risk::float8
      WHEN 'account' THEN 0::float8
      WHEN 'last-entry' THEN coalesce((extract(epoch FROM last_entry_at) * 1000)::float8, -1)
      ELSE coalesce((-extract(epoch FROM last_entry_at) * 1000)::float8, 1)
    END AS sort_key
  FROM scored
  WHERE $7::text IS NULL
     OR ($7::text = 'at-risk' AND risk > 0)
     OR state = $7::text
     OR ($7::text = 'regression' AND regression)
     OR ($7::text = 'missed-goal' AND missed_goal)
     OR ($7::text = 'low-value' AND low_value)
     OR ($7::text = 'no-recent-entry' AND no_recent_entry)
)
SELECT m.*, (SELECT count(*)::int FROM matching) AS total
FROM matching m
WHERE $10::float8 IS NULL
   OR (m.sort_key, m.account_id COLLATE "C", m.role_id COLLATE "C")
      > ($10::float8, $11::text COLLATE "C", $12::text COLLATE "C")
ORDER BY m.sort_key, m.account_id COLLATE "C", m.role_id COLLATE "C"
LIMIT $13::int
`;
