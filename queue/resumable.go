package queue

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
)

// Handlers do the work of each kind of job. A handler returns nil when the
// job is done (pages that failed on their own are the handler's to record,
// not a reason to try the job again) and an error to have River try it
// again later, from the saved cursor.
type Handlers struct {
	IngestFile func(ctx context.Context, job IngestFile, p *Progress) error
	Reprocess  func(ctx context.Context, job Reprocess, p *Progress) error
}

// resumable runs fn as the job's one resumable step, from its saved cursor.
func resumable[T river.JobArgs](ctx context.Context, pool *pgxpool.Pool, job *river.Job[T], fn func(ctx context.Context, p *Progress) error) error {
	river.ResumableStepCursor(ctx, stepName, nil, func(ctx context.Context, c cursor) error {
		p := newProgress(ctx, pool, job, c.Done)
		err := fn(ctx, p)
		p.close()
		return err
	})
	return nil // the step's error, if any, is River's to record
}

type ingestWorker struct {
	river.WorkerDefaults[IngestFile]
	pool *pgxpool.Pool
	fn   func(ctx context.Context, job IngestFile, p *Progress) error
}

func (w *ingestWorker) Work(ctx context.Context, job *river.Job[IngestFile]) error {
	return resumable(ctx, w.pool, job, func(ctx context.Context, p *Progress) error { return w.fn(ctx, job.Args, p) })
}

// Timeout implements river.Worker: a file takes as long as it takes; a dead
// worker's jobs are found by its heartbeat instead.
func (w *ingestWorker) Timeout(*river.Job[IngestFile]) time.Duration { return -1 }

type reprocessWorker struct {
	river.WorkerDefaults[Reprocess]
	pool *pgxpool.Pool
	fn   func(ctx context.Context, job Reprocess, p *Progress) error
}

func (w *reprocessWorker) Work(ctx context.Context, job *river.Job[Reprocess]) error {
	return resumable(ctx, w.pool, job, func(ctx context.Context, p *Progress) error { return w.fn(ctx, job.Args, p) })
}

func (w *reprocessWorker) Timeout(*river.Job[Reprocess]) time.Duration { return -1 }
