package extract

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// Options configure HTML extraction of one page.
type Options struct {
	ContentType string // HTTP Content-Type, for its charset parameter
	URL         string
	Hints       Hints
}

// ExtractHTML decodes raw HTML and returns its main text and metadata.
func ExtractHTML(raw []byte, opts Options) (Article, error) {
	r, err := charset.NewReader(bytes.NewReader(raw), opts.ContentType)
	if err != nil {
		return Article{}, fmt.Errorf("extract: decode: %w", err)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return Article{}, fmt.Errorf("extract: parse html: %w", err)
	}
	doc.Find("script, style, noscript").Remove()
	a := Article{URL: opts.URL, Title: strings.TrimSpace(doc.Find("title").First().Text())}
	var lines []string
	for _, l := range strings.Split(doc.Find("body").Text(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	a.Text = strings.Join(lines, "\n")
	return a, nil
}
