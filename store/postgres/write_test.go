package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/storetest"
)

// TestWriteSameKeyInOneBatch writes a page and a changed version of it in
// one batch (one pgx.Batch): the second sees the first as stored.
func TestWriteSameKeyInOneBatch(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	first, changed := storetest.TestPage(1, 2, "第一版。"), storetest.TestPage(1, 1, "第二版，内容有变。")
	outs, err := db.Write(ctx, store.Batch{Pages: []store.Page{first, changed, changed}})
	if err != nil {
		t.Fatal(err)
	}
	if outs[0] != store.Inserted || outs[1] != store.Updated || outs[2] != store.Unchanged {
		t.Fatalf("outcomes %v, want [inserted updated unchanged]", outs)
	}
	var n, recs int
	var prev string
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*), max(previous_hashes), (SELECT count(*) FROM records) FROM documents`).
		Scan(&n, &prev, &recs); err != nil {
		t.Fatal(err)
	}
	if n != 1 || recs != 1 || strings.Count(prev, "raw_hash") != 1 || !strings.Contains(prev, store.Hash(first.Raw)) {
		t.Fatalf("%d documents, %d records, previous %s", n, recs, prev)
	}
}
