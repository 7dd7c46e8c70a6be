package content

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

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
