package normalize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize"
)

// seedText returns the five seed pages, the dirtiest text at hand.
func seedText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// scanTime is the reference: one pass decoding every rune of s.
func scanTime(s string) time.Duration {
	best := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		n := 0
		for range 20 {
			n += utf8.RuneCountInString(s)
		}
		best = min(best, time.Since(start)/20)
		if n < 0 {
			panic("unreachable")
		}
	}
	return max(best, 1)
}

// benchStep times one step over the seeds, reported against a rune scan of
// the same text measured in the same run.
func benchStep(b *testing.B, step func(string) string) {
	s := seedText(b)
	ref := scanTime(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		step(s)
	}
	b.StopTimer()
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per/float64(ref.Nanoseconds()), "x-rune-scan")
}

func BenchmarkStripPinyin(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.StripPinyin(s); return out })
}

func BenchmarkDropMojibake(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.DropMojibake(s); return out })
}

func BenchmarkFixPunctuation(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.FixPunctuation(s); return out })
}

func BenchmarkRemoveSpam(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.RemoveSpam(s); return out })
}

func BenchmarkDropChrome(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.DropChrome(s); return out })
}

func BenchmarkDropDuplicates(b *testing.B) {
	benchStep(b, func(s string) string { out, _ := normalize.DropDuplicates(s); return out })
}

// BenchmarkCleanPage cleans each seed page in turn; the conversion alone of
// the same pages is the reference.
func BenchmarkCleanPage(b *testing.B) {
	c := cleaner(b)
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	var pages []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(raw))
	}
	start := time.Now()
	for range 20 {
		for _, p := range pages {
			c.Convert(p)
		}
	}
	ref := time.Since(start) / time.Duration(20*len(pages))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		_ = c.Clean(pages[i%len(pages)])
		i++
	}
	b.StopTimer()
	per := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(per/float64(max(ref.Nanoseconds(), 1)), "x-convert")
}
