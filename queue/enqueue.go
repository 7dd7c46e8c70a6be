package queue

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
)

// insertChunk is how many jobs one InsertMany call carries.
const insertChunk = 1000

// Enqueue inserts jobs (IngestFile or Reprocess) and returns how many were
// added and how many were skipped as duplicates of a job already queued,
// running or (for files) done.
func Enqueue(ctx context.Context, pool *pgxpool.Pool, jobs []river.JobArgs) (added, duplicate int, err error) {
	client, err := river.NewClient[pgx.Tx](riverpgxv5.New(pool), &river.Config{})
	if err != nil {
		return 0, 0, fmt.Errorf("queue: %w", err)
	}
	for start := 0; start < len(jobs); start += insertChunk {
		chunk := jobs[start:min(start+insertChunk, len(jobs))]
		params := make([]river.InsertManyParams, len(chunk))
		for i, j := range chunk {
			params[i] = river.InsertManyParams{Args: j}
		}
		res, err := client.InsertMany(ctx, params)
		if err != nil {
			return added, duplicate, fmt.Errorf("queue: enqueue: %w", err)
		}
		for _, r := range res {
			if r.UniqueSkippedAsDuplicate {
				duplicate++
			} else {
				added++
			}
		}
	}
	return added, duplicate, nil
}
