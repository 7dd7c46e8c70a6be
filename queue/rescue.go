package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/ccorpus/ccorpus/store/postgres"
)

// rescue hands the jobs of dead workers (and, with mine, this worker's
// earlier life) back to the queue through River's rescue of stuck jobs: an
// attempt error is recorded and the job is available again at once, or
// discarded when it had its last try. A job picked up again since the query
// (attempted after the server time it returned) is left alone.
func rescue(ctx context.Context, db *postgres.DB, mine bool, log *slog.Logger) error {
	dead, horizon, err := db.DeadWorkerJobs(ctx, Name, mine)
	if err != nil || len(dead) == 0 {
		return err
	}
	p := &riverdriver.JobRescueManyParams{StuckHorizon: horizon}
	for _, j := range dead {
		why := fmt.Sprintf("worker %s stopped while running the job (its heartbeat ended)", j.Worker)
		e, err := json.Marshal(rivertype.AttemptError{At: horizon, Attempt: j.Attempt, Error: why})
		if err != nil {
			return err
		}
		state, fin := rivertype.JobStateAvailable, (*time.Time)(nil)
		if j.Attempt >= j.MaxAttempts {
			state, fin = rivertype.JobStateDiscarded, &horizon
		}
		p.ID = append(p.ID, j.ID)
		p.Error = append(p.Error, e)
		p.FinalizedAt = append(p.FinalizedAt, fin)
		p.ScheduledAt = append(p.ScheduledAt, horizon)
		p.State = append(p.State, string(state))
		log.Info("queue: job handed back", "job", j.ID, "worker", j.Worker, "attempt", j.Attempt, "state", state)
	}
	if _, err := riverpgxv5.New(db.Pool()).GetExecutor().JobRescueMany(ctx, p); err != nil {
		return fmt.Errorf("queue: rescue: %w", err)
	}
	return nil
}
