package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

func runReprocess(ctx context.Context, a *app, args []string) error {
	stdout, stderr := a.stdout, a.stderr
	fs := newFlagSet("reprocess", stderr,
		"Usage: ccorpus reprocess [--db FILE]",
		"Re-runs content extraction, cleaning and fact extraction over the raw bytes of every stored",
		"page and replaces their texts, facts, records and activities. Keys, raw bytes and version",
		"history are kept: an improved extractor never needs a re-crawl.")
	dbPath := existingDBFlag(fs)
	return onStore(ctx, fs, args, dbPath, func(db store.Store) error {
		ids, err := db.DocumentIDs(ctx)
		if err != nil {
			return err
		}
		src := pageSource{
			n:    len(ids),
			name: func(i int) string { return "document " + strconv.FormatInt(ids[i], 10) },
			load: func(ctx context.Context, i int) (extract.Page, int64, error) {
				sp, err := db.LoadPage(ctx, ids[i])
				if err != nil {
					return extract.Page{}, 0, err
				}
				return extract.Page{Source: sp.Source, URL: sp.URL, Raw: sp.Raw, ContentType: sp.ContentType,
					Kind: sp.Kind, FetchedAt: sp.FetchedAt}, sp.ID, nil
			},
		}
		counts, err := a.storeRun(ctx, db, "reprocess", src)
		fmt.Fprintf(stdout, "reprocess: %d pages: %d reprocessed, %d failed\n", counts.Pages, counts.Updated, counts.Failed)
		return err
	})
}
