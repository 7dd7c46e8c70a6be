package content

import (
	"fmt"
	"github.com/ccorpus/ccorpus/crawler/sniff"
	"github.com/ccorpus/ccorpus/extract"
	"runtime"
	"strings"
)

// Reader runs content extraction with a table of site rules. It is safe
// for concurrent use.
type Reader struct {
	rules   *Rules
	walkers walkers // room for the lines of pages, kept from page to page
}

// NewReader returns a Reader applying rules (nil: none).
func NewReader(rules *Rules) *Reader {
	return &Reader{rules: rules, walkers: newWalkers(runtime.GOMAXPROCS(0))}
}

// Read runs content extraction on one page: HTML pages go through ExtractHTML,
// plain-text dumps through ParseTextDump. The site rule for the page's URL
// (for a text dump, the URL of its header when the page has none) is applied
// here, so every path that reads a page applies the same rule.
func (r *Reader) Read(p extract.Page) (extract.Article, error) {
	kind := p.Kind
	if kind == "" {
		kind = DetectKind(p.Source, p.ContentType, p.Raw)
	}
	var (
		a    extract.Article
		err  error
		rule = r.rules.Lookup(p.URL)
	)
	switch kind {
	case extract.KindText:
		a, err = ParseTextDump(p.Raw)
	case extract.KindHTML:
		w := r.walkers.get()
		a, err = extractHTML(p.Raw, Options{ContentType: p.ContentType, URL: p.URL, Charset: rule.Charset, Selector: rule.Content}, w)
		r.walkers.put(w)
	default:
		return extract.Article{}, fmt.Errorf("content: unknown page kind %q", kind)
	}
	if err != nil {
		return extract.Article{}, err
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	if p.URL == "" && a.URL != "" {
		rule = r.rules.Lookup(a.URL)
	}
	a.Region = rule.Region
	return a, nil
}

// DetectKind tells an HTML page from a plain-text dump by its name, its
// Content-Type and, failing those, its first bytes.
func DetectKind(name, contentType string, raw []byte) string {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return extract.KindHTML
	case strings.HasPrefix(ct, "text/plain"):
		return extract.KindText
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".shtml"):
		return extract.KindHTML
	case strings.HasSuffix(lower, ".txt"):
		return extract.KindText
	}
	if sniff.HTML(raw) {
		return extract.KindHTML
	}
	return extract.KindText
}
