package content

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ccorpus/ccorpus/crawler/decode"
	"golang.org/x/net/html"
)

// corpusLines returns the lines of the shared corpus's labelled pages (the
// walker's lines of the html pages, the lines of the text dumps), for tests
// that compare a prefilter or a scanner with what it replaces. It returns
// nil when the corpus is absent: such tests then run on their own and
// random strings only.
func corpusLines(tb testing.TB) []string {
	tb.Helper()
	corpusOnce.Do(func() { corpusCache = readCorpusLines(tb) })
	return slices.Clone(corpusCache)
}

var (
	corpusOnce  sync.Once
	corpusCache []string
	walkedCache []line
)

// corpusWalkedLines returns the walker's lines of the labelled html pages,
// with their counts, tags and rune masks; nil when the corpus is absent.
func corpusWalkedLines(tb testing.TB) []line {
	tb.Helper()
	corpusOnce.Do(func() { corpusCache = readCorpusLines(tb) })
	return slices.Clone(walkedCache)
}

func readCorpusLines(tb testing.TB) []string {
	root := ""
	for _, d := range []string{filepath.Join("..", "..", "shared", "corpus"), "/work/shared/corpus"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			root = d
			break
		}
	}
	if root == "" {
		return nil
	}
	var out []string
	htmlFiles, _ := filepath.Glob(filepath.Join(root, "html", "pages", "*.html"))
	for _, f := range htmlFiles {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(decode.Page(raw, "", "").Text))
		if err != nil {
			continue
		}
		w := newWalker()
		w.walk(doc, 0, false)
		for _, l := range w.lines {
			out = append(out, l.text)
		}
		walkedCache = append(walkedCache, w.lines...)
	}
	for _, g := range []string{"seeds/*.txt", "facts/pages/*.txt", "facts2/pages/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(root, g))
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, strings.Split(string(raw), "\n")...)
		}
	}
	return out
}

// randomLines returns n strings of up to maxParts pieces drawn from parts,
// for equivalence tests: parts should hold the words and runes the code
// under test looks for, their neighbours, and invalid bytes.
func randomLines(seed int64, n, maxParts int, parts []string) []string {
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := rng.Intn(maxParts + 1); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		out[i] = b.String()
	}
	return out
}
