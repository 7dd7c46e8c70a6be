package postgres

import (
	"context"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// workers reports each worker of the current crawl run and each job queue
// worker heard of in the last day: who holds what, since when.
func (db *DB) workers(ctx context.Context) ([]store.WorkerProgress, error) {
	rows, err := db.sql.QueryContext(ctx, `WITH last_by AS (
			SELECT state, attempted_by[array_length(attempted_by, 1)] AS by FROM river_job
			WHERE attempted_by IS NOT NULL)
		SELECT w.worker, w.role, w.machine, w.started_at, w.heartbeat_at,
			w.stopped_at IS NULL AND w.heartbeat_at > now() - $1::float8 * interval '1 millisecond',
			CASE WHEN w.role = 'crawl' THEN (SELECT count(*) FROM crawl_urls u WHERE u.state = 'queued' AND u.holder = w.worker)
				ELSE (SELECT count(*) FROM last_by j WHERE j.state = 'running' AND j.by = w.worker) END,
			CASE WHEN w.role = 'crawl' THEN (SELECT count(*) FROM crawl_fetches f WHERE f.run_id = w.run_id AND f.worker = w.worker)
				ELSE (SELECT count(*) FROM last_by j WHERE j.state = 'completed' AND j.by = w.worker) END,
			CASE WHEN w.role = 'crawl' THEN (SELECT count(*) FROM crawl_fetches f WHERE f.run_id = w.run_id AND f.worker = w.worker
					AND f.outcome = 'failed')
				ELSE (SELECT count(*) FROM last_by j WHERE j.state = 'discarded' AND j.by = w.worker) END
		FROM crawl_workers w
		WHERE (w.role = 'crawl' AND w.run_id = (SELECT max(id) FROM crawl_runs))
			OR (w.role = 'work' AND w.heartbeat_at > now() - interval '1 day')
		ORDER BY w.role, w.worker COLLATE "C"`, db.Lease.Milliseconds())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.WorkerProgress
	for rows.Next() {
		var w store.WorkerProgress
		var since, beat time.Time
		if err := rows.Scan(&w.Worker, &w.Role, &w.Machine, &since, &beat, &w.Alive, &w.Held, &w.Done, &w.Failed); err != nil {
			return nil, err
		}
		w.Since, w.Heartbeat = formatTime(since), formatTime(beat)
		out = append(out, w)
	}
	return out, rows.Err()
}
