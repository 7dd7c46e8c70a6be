package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/storetest"
)

// BenchmarkWrite measures batched writes (one transaction per writeBatch
// pages, as ingest does) against the reference of one transaction per page,
// on the same pages in the same run, and reports records/s and the ratio.
func BenchmarkWrite(b *testing.B) {
	const pages = 400
	const batch = 256
	ctx := context.Background()
	var ps []store.Page
	recs := 0
	for i := 0; i < pages; i++ {
		p := testPage(i, 1+i%3, "")
		recs += len(p.Doc.Records)
		ps = append(ps, p)
	}
	var batched, single time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db1, db2 := mustOpen(b), mustOpen(b)
		b.StartTimer()
		t0 := time.Now()
		for s := 0; s < pages; s += batch {
			if _, err := db1.Write(ctx, store.Batch{Pages: ps[s:min(s+batch, pages)]}); err != nil {
				b.Fatal(err)
			}
		}
		batched += time.Since(t0)
		t0 = time.Now()
		for j := range ps {
			if _, err := db2.Write(ctx, store.Batch{Pages: ps[j : j+1]}); err != nil {
				b.Fatal(err)
			}
		}
		single += time.Since(t0)
	}
	b.ReportMetric(float64(recs*b.N)/batched.Seconds(), "records/s")
	b.ReportMetric(float64(recs*b.N)/single.Seconds(), "records/s-tx-per-page")
	b.ReportMetric(single.Seconds()/batched.Seconds(), "speedup-vs-tx-per-page")
}

// BenchmarkStories: the cost per page of filing it into its story, at 1,000
// and 10,000 stored pages (see storetest.BenchmarkStories).
func BenchmarkStories(b *testing.B) {
	storetest.BenchmarkStories(b, func(b *testing.B) store.Store { return mustOpen(b) })
}
