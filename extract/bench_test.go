package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

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
