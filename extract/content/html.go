package content

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/ccorpus/ccorpus/crawler/decode"
	"github.com/ccorpus/ccorpus/extract"
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
	Charset     string // force this charset (a site rule)
	Selector    string // CSS selector of the main text (a site rule)
}

// ExtractHTML decodes raw HTML and returns its main text and metadata.
//
// The steps: decode (decode.Page: declarations checked against the bytes),
// parse, and walk the tree into lines (paragraphs, data-table rows) while
// recording which lines each block element holds. Lines are then marked as
// chrome by line rules (linerules.go), by class and id names (rules.go) and
// as teaser streams (teaser.go). The main region is the per-site selector's
// element, else a CMS container holding most of the text (cms.go), else the
// element whose lines weigh most (select.go: text times punctuation, less
// link text and a cost per line), widened from a lone paragraph to its
// container or from one forum post to its stream (stream.go). Its kept lines
// are the text; a page whose region is mostly links is an index page and
// yields none. Metadata comes from <meta> tags, labelled lines around the
// region, the 信息公开 table, and the URL as a last resort (meta.go).
func ExtractHTML(raw []byte, opts Options) (extract.Article, error) {
	return extractHTML(raw, opts, newWalker())
}

// extractHTML is ExtractHTML walking the page with w, which must be empty.
func extractHTML(raw []byte, opts Options, w *walker) (extract.Article, error) {
	truncated := false
	if len(raw) > MaxPageBytes {
		raw, truncated = raw[:MaxPageBytes], true
	}
	dec := decode.Page(raw, opts.ContentType, opts.Charset)
	root, err := html.Parse(bytes.NewReader(dec.Text))
	if err != nil {
		// The parser refuses pathological nesting; read the page flat instead.
		root, err = html.Parse(strings.NewReader(flattenHTML(string(dec.Text))))
		if err != nil {
			return extract.Article{}, fmt.Errorf("extract: parse html: %w", err)
		}
	}
	a := extract.Article{URL: opts.URL, Charset: dec.Charset, Truncated: truncated}
	readTree(&a, root, dec.Text, opts, w)
	return a, nil
}

// readTree fills a with the main text and metadata of the parsed page root
// (text is the decoded page, for notText), walking it with w, an empty
// walker: the work of ExtractHTML after html.Parse.
func readTree(a *extract.Article, root *html.Node, text []byte, opts Options, w *walker) {
	doc := goquery.NewDocumentFromNode(root)
	w.walk(root, 0, false)
	w.markChrome()
	w.markTeasers()
	sel := selectMain(doc, w, opts.Selector)
	readMeta(a, doc, w, sel, opts.URL)
	if sel.via == "post" {
		// One post of a list: its own headline is the title, not the blog's.
		a.Title = collapseSpace(w.lines[sel.span.start].text)
	}
	var kept []string
	if sel.node != nil {
		kept = render(w, sel, a.Title)
		switch sel.via {
		case "stream":
			kept = append(threadOpening(w, sel, a.Title, kept), kept...)
		case "post":
			// The posts after the first are other texts, not its replies.
		default:
			// A page with news metadata (来源, 责任编辑) is an article: a list
			// after it holds readers' comments, not a thread's replies.
			if a.Origin != "" || a.Editor != "" {
				break
			}
			if replies := threadReplies(w, sel); len(replies) > 0 {
				kept = append(withTitle(kept, a.Title), replies...)
			}
		}
	}
	switch {
	case sel.node == nil && notText(text):
		a.IsIndex, a.Reason = true, extract.ReasonNotText
	case sel.node == nil:
		a.IsIndex, a.Reason = true, extract.ReasonNoMainText
	case isIndexPage(w, sel, kept):
		a.IsIndex, a.Reason = true, extract.ReasonIndex
	default:
		a.Text = strings.Join(kept, "\n")
		if strings.TrimSpace(a.Text) == "" {
			a.Reason = extract.ReasonAllChrome
		}
	}
}
