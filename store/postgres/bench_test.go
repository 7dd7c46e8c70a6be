package postgres

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ccorpus/ccorpus/store"
	"github.com/ccorpus/ccorpus/store/sqlite"
	"github.com/ccorpus/ccorpus/store/storetest"
)

// BenchmarkWrite stores batches of 64 prepared pages (two records each) in
// PostgreSQL and, as the reference measured in the same run, in SQLite.
// Report pages/s of each and their ratio.
func BenchmarkWrite(b *testing.B) {
	ctx := context.Background()
	var sqliteRate float64 // the reference, measured first in the same run
	for _, c := range []struct {
		name string
		open func(b *testing.B) store.Store
	}{
		{"sqlite", func(b *testing.B) store.Store {
			db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { db.Close() })
			return db
		}},
		{"postgres", func(b *testing.B) store.Store { return openTest(b) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			db := c.open(b)
			const batch = 64
			pages := make([]store.Page, batch)
			b.ResetTimer()
			for n := 0; n < b.N; n++ {
				for i := range pages {
					pages[i] = storetest.TestPage(n*batch+i, 2, "")
					pages[i].Prepare()
				}
				if _, err := db.Write(ctx, store.Batch{Pages: pages}); err != nil {
					b.Fatal(err)
				}
			}
			rate := float64(b.N*batch) / b.Elapsed().Seconds()
			b.ReportMetric(rate, "pages/s")
			if c.name == "sqlite" {
				sqliteRate = rate
			} else if sqliteRate > 0 {
				b.ReportMetric(rate/sqliteRate, "x_sqlite")
			}
		})
	}
}

// BenchmarkStories: the cost per page of filing it into its story, at 1,000
// and 10,000 stored pages (see storetest.BenchmarkStories).
func BenchmarkStories(b *testing.B) {
	storetest.BenchmarkStories(b, func(b *testing.B) store.Store { return openTest(b) })
}
