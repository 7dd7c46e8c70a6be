// Package storetest checks that a store.Store backend keeps the contract
// the commands rely on: what Write does with new, unchanged and changed
// pages, reprocessing, runs and stats, reprints filed into stories, the
// tables computed from the records (panel, departments, events) with filters
// and Parquet, and exports that are byte for byte the same on every backend
// (golden files shared by all of them), plus the crawl frontier's contract
// (crawler/frontiertest).
package storetest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler"
	"github.com/ccorpus/ccorpus/crawler/frontiertest"
	"github.com/ccorpus/ccorpus/store"
)

var update = flag.Bool("update", false, "rewrite the golden exports of store/storetest/testdata")

// Open makes a fresh, empty store whose timestamps come from now.
type Open func(t *testing.T, now func() time.Time) store.Store

// clock returns a clock that starts at 2024-09-01 08:00 UTC and ticks a
// second per reading.
func clock() func() time.Time {
	var mu sync.Mutex
	t0 := time.Date(2024, 9, 1, 8, 0, 0, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t0 = t0.Add(time.Second)
		return t0
	}
}

// Run runs every contract check against stores made by open.
func Run(t *testing.T, open Open) {
	for _, c := range []struct {
		name string
		fn   func(t *testing.T, db store.Store)
	}{
		{"WriteOutcomes", testWriteOutcomes},
		{"KeyedByContent", testKeyedByContent},
		{"OffTopic", testOffTopic},
		{"RawRoundTrip", testRawRoundTrip},
		{"Stored", testStored},
		{"Reprocess", testReprocess},
		{"RunsAndFailures", testRunsAndFailures},
		{"ConcurrentWriters", testConcurrentWriters},
		{"Exports", testExports},
		{"Stories", testStories},
		{"Canonical", testCanonical},
		{"Panel", testPanel},
		{"FiltersAndColumns", testFiltersAndColumns},
		{"Parquet", testParquet},
		{"EmptyTextReason", testEmptyTextReason},
		{"Corrections", testCorrections},
		{"CorrectionsRefused", testCorrectionsRefused},
		{"CorrectedExports", testCorrectedExports},
		{"Workbench", testWorkbench},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t, clock())) })
	}
	t.Run("Frontier", func(t *testing.T) {
		frontiertest.Run(t, func(t *testing.T) crawler.Frontier { return open(t, clock()).CrawlFrontier() })
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, db store.Store, pages ...store.Page) []store.Outcome {
	t.Helper()
	outs, err := db.Write(context.Background(), store.Batch{Pages: pages})
	must(t, err)
	return outs
}

// export renders a table in a format.
func export(t *testing.T, db store.Store, table, format string) string {
	t.Helper()
	var b bytes.Buffer
	_, err := store.Export(context.Background(), db, &b, store.ExportOptions{Table: table, Format: format})
	must(t, err)
	return b.String()
}

// testExports writes pages, a change, a failure and a crawl, and compares
// every table in both formats with the golden files all backends share.
func testExports(t *testing.T, db store.Store) {
	ctx := context.Background()
	var pages []store.Page
	for i := 0; i < 6; i++ {
		pages = append(pages, TestPage(i, i%3, fmt.Sprintf("第%d篇。", i)))
	}
	off := TestPage(9, 0, "")
	off.Doc.OnTopic, off.IsIndex = false, true
	pages = append(pages, off)
	write(t, db, pages...)
	write(t, db, TestPage(2, 2, "改过的第2篇。"))
	run, err := db.StartRun(ctx, "ingest")
	must(t, err)
	_, err = db.Write(ctx, store.Batch{Events: []store.Event{{RunID: run, Source: "x.html", Stage: "read", Outcome: "failed", Reason: "bad"}}})
	must(t, err)
	must(t, db.FinishRun(ctx, run, store.RunCounts{Pages: 8, Inserted: 7, Updated: 1, Failed: 1}))
	f := db.CrawlFrontier()
	t0 := time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC)
	cr, err := f.BeginRun(ctx, t0)
	must(t, err)
	_, err = f.Add(ctx, cr, []crawler.Entry{{URL: "http://a.example/1", Host: "a.example", Site: "a", Kind: crawler.KindArticle}})
	must(t, err)
	got, err := f.Next(ctx, cr, crawler.NextQuery{Now: t0, Limit: 5})
	must(t, err)
	for _, e := range got {
		e.State = crawler.StateDone
		must(t, f.Complete(ctx, cr, crawler.Outcome{Entry: e, Fetch: crawler.Fetch{Time: t0, URL: e.URL, Status: 200, Size: 12,
			ContentType: "text/html", Duration: 30 * time.Millisecond, Hash: "h", Tries: 1, WARCFile: "w-00000.warc.gz",
			WARCOffset: 345, Outcome: crawler.OutcomeNew, Reason: "a, \"quoted\" reason"}}))
	}
	must(t, f.FinishRun(ctx, cr, t0.Add(time.Minute)))
	for _, table := range store.Tables() {
		for _, format := range []string{"csv", "jsonl"} {
			got := export(t, db, table, format)
			golden(t, table+"."+format, got)
		}
	}
	s, err := db.Stats(ctx)
	must(t, err)
	s.LastRuns, s.Workers = nil, nil // times and machines
	golden(t, "stats.txt", fmt.Sprintf("%+v\n", s))
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir(), name)
	if *update {
		must(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	must(t, err)
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run the sqlite test with -update to rewrite):\n got: %.600q\nwant: %.600q", name, got, want)
	}
}
