package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/queue"
	"github.com/ccorpus/ccorpus/store/postgres"
)

func runWork(ctx context.Context, a *app, args []string) error {
	fs := newFlagSet("work", a.stderr,
		"Usage: ccorpus work --db postgres://… [--worker NAME] [--jobs N] [--drain] [--lease DURATION]",
		"Takes jobs from the PostgreSQL store's job queue (River) and does them, on as many machines as",
		"you start it on: files queued by 'ingest --queue' and batches of documents queued by",
		"'reprocess --queue'. A failed job is tried again later (5 tries, growing waits); a job whose",
		"worker died (kill -9, power off) goes back to the queue once its heartbeat is older than",
		"--lease and resumes after the pages it had committed; pages done twice are stored once.",
		"Runs until stopped (SIGINT/SIGTERM: running jobs save their progress and are handed back),",
		"or with --drain until the queue holds nothing left to run. Each job's counts are a run in",
		"'ccorpus stats', and stats shows the queue and each worker.")
	dbPath := fs.String("db", os.Getenv("CCORPUS_DB"), "the PostgreSQL store's `URL` (postgres://user@host/db; default $CCORPUS_DB)")
	worker := fs.String("worker", os.Getenv("CCORPUS_WORKER"), "this process's `NAME` among the workers (default $CCORPUS_WORKER, else host name and pid)")
	jobs := fs.Int("jobs", 1, "jobs run at once in this process (each job already uses every CPU)")
	drain := fs.Bool("drain", false, "exit once the queue holds no job left to run")
	lease := fs.Duration("lease", 15*time.Second, "how long a worker that stopped answering keeps its jobs before others take them")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 || !postgres.IsURL(*dbPath) {
		if fs.NArg() == 0 {
			fmt.Fprintf(a.stderr, "ccorpus work: the job queue lives in PostgreSQL: give --db postgres://… (or CCORPUS_DB)\n\n")
		}
		fs.Usage()
		return errUsage
	}
	db, err := postgres.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	workerName(db, *worker)
	if *lease > 0 {
		db.Lease = *lease
	}
	h := queue.Handlers{
		IngestFile: func(ctx context.Context, job queue.IngestFile, p *queue.Progress) error {
			return a.workIngest(ctx, db, job, p)
		},
		Reprocess: func(ctx context.Context, job queue.Reprocess, p *queue.Progress) error {
			return a.workReprocess(ctx, db, job, p)
		},
	}
	a.log.Info("work: taking jobs", "worker", db.Worker, "store", db.Path())
	err = queue.Work(ctx, db, h, queue.Config{Jobs: *jobs, Drain: *drain, Log: a.log})
	if err == nil && ctx.Err() != nil {
		fmt.Fprintf(a.stderr, "ccorpus work: stopped; running jobs were handed back to the queue\n")
	}
	return err
}

// jobOutcome is what a job records as its River output.
type jobOutcome struct {
	Resumed   int `json:"resumed_after"` // pages an earlier attempt committed
	Pages     int `json:"pages"`
	Inserted  int `json:"inserted"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Failed    int `json:"failed"`
}

// workSource runs the pages of src after the job's cursor through the
// pipeline into db as one run of command, saving the cursor as pages are
// committed. Pages that failed are the run's (logged, counted); only a
// failure of the whole (store, file, stop) makes the job fail and be tried again.
func (a *app) workSource(ctx context.Context, db *postgres.DB, command string, src pageSource, p *queue.Progress) error {
	start := min(p.Start(), src.n)
	rest := pageSource{
		n:         src.n - start,
		name:      func(i int) string { return src.name(start + i) },
		load:      func(ctx context.Context, i int) (extract.Page, int64, error) { return src.load(ctx, start+i) },
		committed: func(n int) { p.Committed(start + n) },
	}
	if start > 0 {
		a.log.Info("work: resuming a job", "after", start, "of", src.n)
	}
	counts, err := a.storeRun(ctx, db, command, rest)
	if err != nil && !errors.Is(err, errPartial) {
		return err
	}
	return p.Output(jobOutcome{Resumed: start, Pages: counts.Pages, Inserted: counts.Inserted, Updated: counts.Updated,
		Unchanged: counts.Unchanged, Failed: counts.Failed})
}
