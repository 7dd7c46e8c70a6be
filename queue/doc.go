// Package queue hands archive and reprocess work to any number of `ccorpus
// work` processes on a PostgreSQL store, with River (github.com/riverqueue/river)
// as the job queue: one job per input file or per batch of stored document
// ids, unique while it is waiting, running or (for files) done; River's
// retries with backoff; a cursor of the pages committed, saved with River's
// resumable steps, so that a job whose worker died resumes after them; and
// the jobs of a worker whose heartbeat stopped handed back at once.
//
// The work itself (running pages through the pipeline) is the caller's:
// Handlers are plain functions that report their progress.
package queue
