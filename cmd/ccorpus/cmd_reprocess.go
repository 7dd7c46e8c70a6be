package main

import (
	"context"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

func runReprocess(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("reprocess", stderr,
		"Usage: ccorpus reprocess [--db FILE|URL] [--queue]",
		"Re-runs content extraction, cleaning and fact extraction over the raw bytes of every stored",
		"page and replaces their texts, facts, records and activities. Keys, raw bytes and version",
		"history are kept: an improved extractor never needs a re-crawl. With --queue on a PostgreSQL",
		"store, the documents are queued in batches of 500 for 'ccorpus work' processes instead.")
	dbPath := existingDBFlag(fs)
	toQueue := fs.Bool("queue", false, "on PostgreSQL: queue the documents in batches for 'ccorpus work' instead of reprocessing here")
	return onStore(ctx, fs, args, dbPath, func(db store.Store) error {
		if *toQueue {
			return a.queueReprocess(ctx, db)
		}
		ids, err := db.DocumentIDs(ctx)
		if err != nil {
			return err
		}
		counts, err := a.storeRun(ctx, db, "reprocess", storedSource(db, ids))
		fmt.Fprintf(stdout, "reprocess: %d pages: %d reprocessed, %d failed\n", counts.Pages, counts.Updated, counts.Failed)
		return err
	})
}
