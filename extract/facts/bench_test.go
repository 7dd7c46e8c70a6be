package facts

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkExtract measures fact extraction per page over the seed pages and
// reports it as a ratio against a reference measured in the same run: one
// pass of the date regular expression over the same text (x-regexp-pass), and
// against place resolution alone (x-place), which Extract includes.
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no seed pages in testdata/seeds")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	e := loaded(b)
	timeIt := func(n int, f func(string)) time.Duration {
		start := time.Now()
		for i := 0; i < n; i++ {
			f(texts[i%len(texts)])
		}
		return time.Since(start)
	}
	n := 20 * len(texts)
	ref := timeIt(n, func(s string) { cnDateRe.FindAllStringIndex(s, -1) })
	places := timeIt(n, func(s string) { e.places.Resolve(placeInput(s)) })
	b.ResetTimer()
	got := timeIt(b.N, func(s string) { e.Extract(Input{Text: s}) })
	b.StopTimer()
	per := float64(got) / float64(b.N)
	b.ReportMetric(per/(float64(ref)/float64(n)), "x-regexp-pass")
	b.ReportMetric(per/(float64(places)/float64(n)), "x-place")
}
