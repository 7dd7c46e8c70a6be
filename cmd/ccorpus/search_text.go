package main

import (
	"context"
	"fmt"

	"github.com/ccorpus/ccorpus/store"
)

// searchText is what the store's search index holds of a page: its title
// and cleaned text cut into words, the words inside long words included.
func (p *pipeline) searchText(title, text string) string {
	return p.seg.SearchText(title + "\n" + text)
}

// indexMissing builds the search rows of stored pages that have none or a
// stale one (pages stored before the index existed), in batches, and returns
// how many it built.
func (a *app) indexMissing(ctx context.Context, db *store.DB) (int, error) {
	docs, err := db.Unindexed(ctx)
	if err != nil || len(docs) == 0 {
		return 0, err
	}
	p, err := a.pipeline()
	if err != nil {
		return 0, err
	}
	const batch = 256
	for lo := 0; lo < len(docs); lo += batch {
		part := docs[lo:min(lo+batch, len(docs))]
		words := make([]string, len(part))
		for i, d := range part {
			words[i] = p.searchText(d.Title, d.Text)
		}
		if err := db.SetSearchText(ctx, part, words); err != nil {
			return lo, fmt.Errorf("index: %w", err)
		}
	}
	return len(docs), nil
}
