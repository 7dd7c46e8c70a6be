package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/store"
)

// BenchmarkStories stores distinct on-topic pages into a store that already
// holds n of them (n = 1,000 and 10,000): the per-page cost of filing pages
// into stories must not grow with the corpus (band look-ups are index
// probes). open makes a fresh store per size.
func BenchmarkStories(b *testing.B, open func(b *testing.B) store.Store) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			db := open(b)
			fill := func(from, to int) {
				var batch store.Batch
				flush := func() {
					if _, err := db.Write(context.Background(), batch); err != nil {
						b.Fatal(err)
					}
					batch.Pages = nil
				}
				for i := from; i < to; i++ {
					p := TestPage(i, 1, "")
					p.Doc.Text = inventedText(i, 600)
					p.Raw = []byte(p.Doc.Text)
					batch.Pages = append(batch.Pages, p)
					if len(batch.Pages) == 256 {
						flush()
					}
				}
				flush()
			}
			fill(0, n)
			b.ResetTimer()
			start := time.Now()
			fill(n, n+b.N)
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "µs/page")
		})
	}
}
