package content

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestHasLayoutDescendant checks the one-walk hasLayoutDescendant against
// hasDescendant of a table, a div and a list, at every element of the
// fixture pages and of the shared corpus's pages when present.
func TestHasLayoutDescendant(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	var raw [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw, b)
	}
	if len(raw) == 0 {
		t.Fatal("no fixture pages")
	}
	raw = append(raw, []byte(`<table><tr><td><p><span><ul><li>x</ul></span></td><td><b><div>y</div></b></td><td><i>z</i></td></tr></table>`))
	if d := sharedHTMLDir(); d != "" {
		shared, _ := filepath.Glob(filepath.Join(d, "*.html"))
		for _, f := range shared {
			if b, err := os.ReadFile(f); err == nil {
				raw = append(raw, b)
			}
		}
	}
	checked := 0
	for _, p := range parsePages(t, raw) {
		var visit func(n *html.Node)
		visit = func(n *html.Node) {
			if n.Type == html.ElementNode {
				want := hasDescendant(n, atom.Table) || hasDescendant(n, atom.Div) || hasDescendant(n, atom.Ul)
				if got := hasLayoutDescendant(n); got != want {
					t.Fatalf("hasLayoutDescendant(<%s>) = %v, hasDescendant of each says %v", n.Data, got, want)
				}
				checked++
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				visit(c)
			}
		}
		visit(p.root)
	}
	t.Logf("%d elements checked", checked)
}

// sharedHTMLDir is the shared corpus's html pages, "" when absent.
func sharedHTMLDir() string {
	for _, d := range []string{filepath.Join("..", "..", "..", "shared", "corpus", "html", "pages"), "/work/shared/corpus/html/pages"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}
