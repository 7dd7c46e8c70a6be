package queue

import (
	"context"
	"log/slog"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
)

// stepName is the one resumable step of every ccorpus job: its pages, in order.
const stepName = "pages"

// cursor is what a job has committed: its first Done pages.
type cursor struct {
	Done int `json:"done"`
}

// Progress is a running job's link to its saved cursor. Start is where an
// earlier attempt left off; the handler calls Committed as the store commits
// its pages, and the count is saved in the job (River's resumable cursor, in
// its own transaction) shortly after, so that a later attempt, on any
// machine, skips them. Pages committed but not yet saved are done again,
// which the store's idempotent writes make harmless.
type Progress struct {
	start int

	mu     sync.Mutex
	latest int
	wake   chan struct{}
	stop   chan struct{}
	done   chan struct{}
	save   func(n int) error
	saved  int
	output func(v any) error
}

func newProgress[T river.JobArgs](ctx context.Context, pool *pgxpool.Pool, job *river.Job[T], start int) *Progress {
	// Saving outlives a cancelled job: what was committed before a stop is kept.
	bg := context.WithoutCancel(ctx)
	p := &Progress{start: start, latest: start, saved: start, wake: make(chan struct{}, 1), stop: make(chan struct{}),
		done: make(chan struct{}),
		save: func(n int) error {
			tx, err := pool.Begin(bg)
			if err != nil {
				return err
			}
			defer tx.Rollback(bg)
			if _, err := river.ResumableSetStepCursorTx[*riverpgxv5.Driver](bg, tx, job, cursor{Done: n}); err != nil {
				return err
			}
			return tx.Commit(bg)
		},
		output: func(v any) error { return river.RecordOutput(ctx, v) },
	}
	go p.loop()
	return p
}

// Start is the number of pages an earlier attempt committed.
func (p *Progress) Start() int { return p.start }

// Committed reports that the job's first n pages are committed.
func (p *Progress) Committed(n int) {
	p.mu.Lock()
	if n > p.latest {
		p.latest = n
	}
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Output records v as the job's output (River's recorded output), shown
// with the job once it completes.
func (p *Progress) Output(v any) error { return p.output(v) }

func (p *Progress) loop() {
	defer close(p.done)
	for {
		select {
		case <-p.wake:
		case <-p.stop:
			p.flush()
			return
		}
		p.flush()
	}
}

func (p *Progress) flush() {
	p.mu.Lock()
	n := p.latest
	p.mu.Unlock()
	if n <= p.saved {
		return
	}
	if err := p.save(n); err != nil {
		slog.Warn("queue: save job cursor", "done", n, "err", err)
		return
	}
	p.saved = n
}

// close saves the last count and stops the saver.
func (p *Progress) close() {
	close(p.stop)
	<-p.done
}
