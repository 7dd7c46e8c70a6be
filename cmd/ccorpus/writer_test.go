package main

import (
	"context"
	"fmt"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"path/filepath"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/store"
)

// TestWriterBatches checks that the writer commits one transaction per
// writeBatch pages, not one per page, and counts outcomes.
func TestWriterBatches(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 2*writeBatch + 88
	w := startWriter(ctx, db, false)
	start := time.Now()
	for i := 0; i < n; i++ {
		raw := fmt.Sprintf("url: http://www.example.gov.cn/%d.html\n\n第%d页。", i%(n-10), i)
		p := store.Page{Source: fmt.Sprint(i), Kind: extract.KindText, Raw: []byte(raw),
			Doc: extract.Document{Source: fmt.Sprint(i), URL: extract.Str(fmt.Sprintf("http://www.example.gov.cn/%d.html", i%(n-10)))}}
		if err := w.put(writeItem{page: &p}); err != nil {
			t.Fatal(err)
		}
	}
	w.put(writeItem{unchanged: true})
	w.put(writeItem{event: &store.Event{Source: "x", Stage: "read", Outcome: "failed", Reason: "test"}})
	counts, err := w.close()
	if err != nil {
		t.Fatal(err)
	}
	maxCommits := 3 + int(time.Since(start)/writeEvery) // one more per timer tick
	if w.commits < 3 || w.commits > maxCommits {
		t.Errorf("%d commits for %d pages, want 3 (at most %d)", w.commits, n, maxCommits)
	}
	want := store.RunCounts{Inserted: n - 10, Updated: 10, Unchanged: 1, Failed: 1}
	if counts != want {
		t.Errorf("counts %+v, want %+v", counts, want)
	}
}
