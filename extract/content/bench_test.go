package content

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ccorpus/ccorpus/crawler/decode"
	"github.com/ccorpus/ccorpus/extract"
	"golang.org/x/net/html"
)

// corpusPages loads the labelled HTML pages of the shared corpus, or skips.
func corpusPages(tb testing.TB) [][]byte {
	tb.Helper()
	var dir string
	for _, d := range []string{filepath.Join("..", "..", "shared", "corpus", "html", "pages"), "/work/shared/corpus/html/pages"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dir = d
			break
		}
	}
	if dir == "" {
		tb.Skip("shared corpus not found (../shared or /work/shared): skipping")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		tb.Skip("no pages in " + dir)
	}
	return out
}

// BenchmarkParseOnly is the reference: html.Parse of the same bytes.
func BenchmarkParseOnly(b *testing.B) {
	pages := corpusPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractHTML is the whole extraction: decode, parse, main text, metadata.
// Report it as a ratio to BenchmarkParseOnly from the same run.
func BenchmarkExtractHTML(b *testing.B) {
	pages := corpusPages(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := ExtractHTML(p, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractVsParse alternates html.Parse and ExtractHTML page by page,
// so both see the same machine load, and reports ExtractHTML's time as a
// multiple of the parse alone ("x-parse"); the goal is at most 2.
func BenchmarkExtractVsParse(b *testing.B) {
	pages := corpusPages(b)
	var parse, extract time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			t0 := time.Now()
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := ExtractHTML(p, Options{}); err != nil {
				b.Fatal(err)
			}
			parse += t1.Sub(t0)
			extract += time.Since(t1)
		}
	}
	b.ReportMetric(float64(extract)/float64(parse), "x-parse")
	b.ReportMetric(float64(extract.Milliseconds())/float64(b.N*len(pages)), "ms/page")
}

// parsedPage is a page decoded and parsed once, for benchmarks of the work after html.Parse.
type parsedPage struct {
	root *html.Node
	text []byte
}

// parsePages decodes and parses pages.
func parsePages(tb testing.TB, pages [][]byte) []parsedPage {
	tb.Helper()
	var out []parsedPage
	for _, p := range pages {
		dec := decode.Page(p, "", "")
		root, err := html.Parse(bytes.NewReader(dec.Text))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, parsedPage{root, dec.Text})
	}
	return out
}

// BenchmarkReadTree is ExtractHTML's own work, after decoding and parsing
// (done once, outside the loop): the walk, the rules, the selection and the
// metadata. Its CPU time as a multiple of BenchmarkParseOnly's is the
// package's share of the pipeline's budget ("x-parse" there).
func BenchmarkReadTree(b *testing.B) { benchReadTree(b, corpusPages(b)) }

// benchReadTree runs readTree over pages parsed once, and reports the CPU
// time per pass besides the wall time ("cpu-ms/op": the process's, the
// garbage collector's included, and less sensitive to other processes on a
// shared machine).
func benchReadTree(b *testing.B, raw [][]byte) {
	pages := parsePages(b, raw)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			var a extract.Article
			readTree(&a, p.root, p.text, Options{}, newWalker())
		}
	}
	b.ReportMetric(float64(cpuTime()-c0)/1e6/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// corpusPagesOrNil is corpusPages, or nil when the shared corpus is absent.
func corpusPagesOrNil() [][]byte {
	var out [][]byte
	for _, d := range []string{filepath.Join("..", "..", "shared", "corpus", "html", "pages"), "/work/shared/corpus/html/pages"} {
		files, _ := filepath.Glob(filepath.Join(d, "*.html"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				out = append(out, b)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}
