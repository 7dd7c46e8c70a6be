package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// isIndexPageRef is isIndexPage as it was, counting all the prose.
func isIndexPageRef(w *walker, sel selection, kept []string) bool {
	prose := 0
	for _, t := range kept {
		if strings.ContainsAny(t, "，。；！？") {
			prose += utf8.RuneCountInString(t)
		}
	}
	if sel.via != "cms" && sel.score < minArticleWeight && prose < 80 && len(kept) < 10 {
		if countLinkLines(w, span{0, int32(len(w.lines))}) >= minIndexLinks {
			return true
		}
	}
	linkLines, linkRunes := 0, 0
	for i := sel.span.start; i < sel.span.end; i++ {
		if l := &w.lines[i]; l.linked*2 > l.runes && l.runes >= 6 {
			linkLines++
			linkRunes += l.linked
		}
	}
	return linkLines >= 10 && (prose < 80 || linkRunes > 2*prose)
}

// TestIsIndexPageAsReference compares isIndexPage, which stops counting
// prose once the count answers its comparisons, with the full count, on the
// fixture and shared pages' selections and on their kept lines cut short
// and repeated (to cross the thresholds from both sides).
func TestIsIndexPageAsReference(t *testing.T) {
	var raw [][]byte
	files, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if d := sharedHTMLDir(); d != "" {
		shared, _ := filepath.Glob(filepath.Join(d, "*.html"))
		files = append(files, shared...)
	}
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			raw = append(raw, b)
		}
	}
	n, index := 0, 0
	for _, p := range parsePages(t, raw) {
		w := newWalker()
		w.walk(p.root, 0, false)
		w.markChrome()
		w.markTeasers()
		sel := selectMain(goquery.NewDocumentFromNode(p.root), w, "")
		if sel.node == nil {
			continue
		}
		kept := render(w, sel, "")
		for _, k := range [][]string{kept, kept[:len(kept)/2], kept[:min(len(kept), 3)], append(append([]string{}, kept...), kept...)} {
			for _, via := range []string{sel.via, "cms"} {
				s := sel
				s.via = via
				got, want := isIndexPage(w, s, k), isIndexPageRef(w, s, k)
				if got != want {
					t.Fatalf("isIndexPage = %v, full count says %v (%d kept lines)", got, want, len(k))
				}
				n++
				if got {
					index++
				}
			}
		}
	}
	if n < 100 || index == 0 {
		t.Fatalf("%d cases, %d index pages: too few to compare", n, index)
	}
	t.Logf("%d cases, %d index pages", n, index)
}
