package main

import (
	"context"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// searchIndexer is a store whose search index can be brought up to date.
type searchIndexer interface {
	Unindexed(ctx context.Context, limit int) ([]store.Unindexed, error)
	SetSearchText(ctx context.Context, docs []store.Unindexed, words []string) error
}

// indexMissing builds the search rows of stored pages that have none or a
// stale one (pages stored before the index existed), in batches, and returns
// how many it built.
func (a *app) indexMissing(ctx context.Context, db searchIndexer) (int, error) {
	const batch = 256
	n := 0
	for {
		docs, err := db.Unindexed(ctx, batch)
		if err != nil || len(docs) == 0 {
			return n, err
		}
		p, err := a.pipeline()
		if err != nil {
			return n, err
		}
		words := make([]string, len(docs))
		for i, d := range docs {
			words[i] = p.SearchText(d.Title, d.Text)
		}
		if err := db.SetSearchText(ctx, docs, words); err != nil {
			return n, fmt.Errorf("index: %w", err)
		}
		n += len(docs)
	}
}
