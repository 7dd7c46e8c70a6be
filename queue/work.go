package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/ccorpus/ccorpus/store/postgres"
)

// Config is how a worker process runs.
type Config struct {
	// Jobs is how many jobs run at once in this process (default 1: each job
	// already runs its pages on every CPU).
	Jobs int
	// Drain makes Work return once the queue holds nothing left to run.
	Drain bool
	// Every is how often dead workers' jobs are looked for and, with Drain,
	// the queue is checked (default a fifth of the store's lease).
	Every time.Duration
	// StopWait is how long a stopping worker lets its jobs save their
	// progress after cancelling them (default 30 s).
	StopWait time.Duration
	Log      *slog.Logger
}

// Work takes jobs from the queue of db as worker db.Worker until ctx ends
// (or, with Drain, until nothing is left). Its name is held with the store's
// worker lock, so two processes never work under one name; jobs it ran in
// an earlier life, and the jobs of workers whose heartbeat stopped, are
// handed back to the queue at once (River's own rescue of stuck jobs is the
// backstop for anything else).
func Work(ctx context.Context, db *postgres.DB, h Handlers, cfg Config) error {
	if cfg.Jobs < 1 {
		cfg.Jobs = 1
	}
	if cfg.Every <= 0 {
		cfg.Every = max(db.Lease/5, 50*time.Millisecond)
	}
	if cfg.StopWait <= 0 {
		cfg.StopWait = 30 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	unlock, err := db.LockCrawl(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	leave, err := db.JoinWork(ctx, 0)
	if err != nil {
		return err
	}
	defer leave()
	if err := rescue(ctx, db, true, cfg.Log); err != nil {
		return err
	}

	pool := db.Pool()
	workers := river.NewWorkers()
	if h.IngestFile != nil {
		river.AddWorker(workers, &ingestWorker{pool: pool, fn: h.IngestFile})
	}
	if h.Reprocess != nil {
		river.AddWorker(workers, &reprocessWorker{pool: pool, fn: h.Reprocess})
	}
	client, err := river.NewClient[pgx.Tx](riverpgxv5.New(pool), &river.Config{
		ID:                   db.Worker, // River's attempted_by is then the worker's name
		Queues:               map[string]river.QueueConfig{Name: {MaxWorkers: cfg.Jobs}},
		Workers:              workers,
		Logger:               slog.New(quiet{cfg.Log.Handler()}),
		JobTimeout:           -1,
		RescueStuckJobsAfter: 7 * 24 * time.Hour,
		// A done file stays known (and is not queued again) for this long.
		CompletedJobRetentionPeriod: 30 * 24 * time.Hour,
		MaxAttempts:                 maxAttempts,
	})
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	// The client stops when told to below, not when ctx ends: jobs get to save.
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("queue: start: %w", err)
	}
	runErr := watch(ctx, db, cfg)
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.StopWait)
	defer cancel()
	var stopErr error
	if ctx.Err() != nil {
		stopErr = client.StopAndCancel(stopCtx) // cancelled jobs save their cursor and are retried elsewhere
	} else {
		stopErr = client.Stop(stopCtx)
	}
	if stopErr != nil && !errors.Is(stopErr, context.Canceled) {
		return errors.Join(runErr, fmt.Errorf("queue: stop: %w", stopErr))
	}
	return runErr
}

// watch hands back dead workers' jobs every cfg.Every and, with Drain,
// returns once no job is left to run; otherwise it returns when ctx ends.
func watch(ctx context.Context, db *postgres.DB, cfg Config) error {
	t := time.NewTicker(cfg.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := rescue(ctx, db, false, cfg.Log); err != nil && ctx.Err() == nil {
			cfg.Log.Warn("queue: hand back dead workers' jobs", "err", err)
		}
		if !cfg.Drain {
			continue
		}
		n, err := Left(ctx, db)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if n == 0 {
			return nil
		}
	}
}

// Left counts the jobs of the queue still to run: waiting, scheduled for a
// retry, or running.
func Left(ctx context.Context, db *postgres.DB) (int, error) {
	var n int
	err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM river_job WHERE queue = $1
		AND state IN ('available', 'pending', 'running', 'retryable', 'scheduled')`, Name).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("queue: jobs left: %w", err)
	}
	return n, nil
}
