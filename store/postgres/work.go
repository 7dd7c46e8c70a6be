package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// JoinWork records this process (db.Worker) as a job queue worker in
// crawl_workers (role "work", run runID) and renews its heartbeat every
// Lease/5 until the returned leave is called, which marks it stopped. A
// worker that dies stops renewing: once its heartbeat is older than Lease,
// the jobs it was running are handed to the others (see DeadWorkerJobs).
func (db *DB) JoinWork(ctx context.Context, runID int64) (leave func(), err error) {
	_, err = db.sql.ExecContext(ctx, `INSERT INTO crawl_workers (worker, role, run_id, machine, pid, started_at, heartbeat_at)
		VALUES ($1, 'work', $2, $3, $4, now(), now()) ON CONFLICT (worker) DO UPDATE SET role = 'work', run_id = $2,
		machine = $3, pid = $4, started_at = now(), heartbeat_at = now(), stopped_at = NULL`, db.Worker, runID, machine(), pid())
	if err != nil {
		return nil, fmt.Errorf("store: join work: %w", err)
	}
	beat, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(max(db.Lease/5, 50*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-beat.Done():
				return
			case <-t.C:
			}
			_, err := db.sql.ExecContext(beat, `UPDATE crawl_workers SET heartbeat_at = now() WHERE worker = $1`, db.Worker)
			if err != nil && beat.Err() == nil {
				slog.Warn("store: work heartbeat", "worker", db.Worker, "err", err)
			}
		}
	}()
	return func() {
		cancel()
		<-done
		db.sql.ExecContext(context.Background(), `UPDATE crawl_workers SET stopped_at = now(), heartbeat_at = now()
			WHERE worker = $1`, db.Worker)
	}, nil
}

// DeadJob is a job a worker was running when it died.
type DeadJob struct {
	ID          int64
	Attempt     int
	MaxAttempts int
	Worker      string
}

// DeadWorkerJobs returns the running jobs of queue whose worker (the last
// of River's attempted_by, which is the --worker name) is a job queue worker
// that stopped or has not been heard of within Lease, and, with mine, those
// this worker ran in an earlier life (it holds its name's lock, so nothing
// else runs them). It also returns the server's clock at the query: jobs
// attempted after it are not among them.
func (db *DB) DeadWorkerJobs(ctx context.Context, queue string, mine bool) ([]DeadJob, time.Time, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT j.id, j.attempt, j.max_attempts, j.attempted_by[array_length(j.attempted_by, 1)], now()
		FROM river_job j LEFT JOIN crawl_workers w ON w.worker = j.attempted_by[array_length(j.attempted_by, 1)]
		WHERE j.state = 'running' AND j.queue = $1 AND (
			($2 AND j.attempted_by[array_length(j.attempted_by, 1)] = $3)
			OR (w.role = 'work' AND w.worker <> $3
				AND (w.stopped_at IS NOT NULL OR w.heartbeat_at < now() - $4::float8 * interval '1 millisecond')))
		ORDER BY j.id`, queue, mine, db.Worker, db.Lease.Milliseconds())
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: dead workers' jobs: %w", err)
	}
	defer rows.Close()
	var (
		out []DeadJob
		now time.Time
	)
	for rows.Next() {
		var j DeadJob
		if err := rows.Scan(&j.ID, &j.Attempt, &j.MaxAttempts, &j.Worker, &now); err != nil {
			return nil, time.Time{}, fmt.Errorf("store: dead workers' jobs: %w", err)
		}
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, time.Time{}, fmt.Errorf("store: dead workers' jobs: %w", err)
	}
	return out, now, nil
}

// JobCounts counts the job queue's jobs (River's, in the ccorpus queue) by
// kind and state, for `ccorpus stats`.
func (db *DB) JobCounts(ctx context.Context) ([]store.Count, error) {
	out, err := counts(ctx, db.sql, `SELECT (replace(kind, 'ccorpus_', '') || ' ' || state) COLLATE "C", count(*)
		FROM river_job WHERE queue = 'ccorpus' GROUP BY 1 ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("store: job counts: %w", err)
	}
	return out, nil
}
