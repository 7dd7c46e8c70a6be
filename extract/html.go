package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// MaxPageBytes is the most of a page that is read: bytes past it are ignored
// and Article.Truncated is set. Real press releases are far smaller; the cap
// bounds time and memory on pathological input.
const MaxPageBytes = 4 << 20

// errBadSelector is returned (wrapped) when a per-site selector does not parse.
var errBadSelector = errors.New("extract: bad css selector")

// Options configure HTML extraction of one page.
type Options struct {
	ContentType string // HTTP Content-Type, for its charset parameter
	URL         string
	Hints       Hints
}

// ExtractHTML decodes raw HTML and returns its main text and metadata.
func ExtractHTML(raw []byte, opts Options) (Article, error) {
	truncated := false
	if len(raw) > MaxPageBytes {
		raw, truncated = raw[:MaxPageBytes], true
	}
	dec := decodePage(raw, opts.ContentType, opts.Hints.Charset)
	root, err := html.Parse(bytes.NewReader(dec.Text))
	if err != nil {
		// The parser refuses pathological nesting; read the page flat instead.
		root, err = html.Parse(strings.NewReader(flattenHTML(string(dec.Text))))
		if err != nil {
			return Article{}, fmt.Errorf("extract: parse html: %w", err)
		}
	}
	doc := goquery.NewDocumentFromNode(root)
	a := Article{URL: opts.URL, Charset: dec.Charset, Truncated: truncated}

	w := newWalker()
	w.walk(root, 0, false)
	w.markRules()
	w.markChrome()
	w.markTeasers()
	sel := selectMain(doc, w, opts.Hints.Selector)
	readMeta(&a, doc, w, sel, opts.URL)
	var kept []string
	if sel.node != nil {
		kept = render(w, sel, a.Title)
		if sel.via == "stream" {
			kept = append(threadOpening(w, sel, a.Title, kept), kept...)
		}
	}
	if sel.node == nil || isIndexPage(w, sel, kept) {
		a.IsIndex = true
	} else {
		a.Text = strings.Join(kept, "\n")
	}
	return a, nil
}
