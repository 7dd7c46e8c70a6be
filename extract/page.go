package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Read runs content extraction on one page: HTML pages go through ExtractHTML,
// plain-text dumps through ParseTextDump.
func Read(p Page) (Article, error) {
	kind := p.Kind
	if kind == "" {
		kind = DetectKind(p.Source, p.ContentType, p.Raw)
	}
	var (
		a   Article
		err error
	)
	switch kind {
	case KindText:
		a, err = ParseTextDump(p.Raw)
	case KindHTML:
		a, err = ExtractHTML(p.Raw, Options{ContentType: p.ContentType, URL: p.URL, Hints: p.Hints})
	default:
		return Article{}, fmt.Errorf("extract: unknown page kind %q", kind)
	}
	if err != nil {
		return Article{}, err
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	return a, nil
}

// DetectKind tells an HTML page from a plain-text dump by its name, its
// Content-Type and, failing those, its first bytes.
func DetectKind(name, contentType string, raw []byte) string {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return KindHTML
	case strings.HasPrefix(ct, "text/plain"):
		return KindText
	}
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".shtml"):
		return KindHTML
	case strings.HasSuffix(lower, ".txt"):
		return KindText
	}
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	h := bytes.ToLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) ||
		bytes.Contains(h, []byte("<head")) || bytes.Contains(h, []byte("<body")) {
		return KindHTML
	}
	return KindText
}

// ParseTextDump reads a plain-text dump: optional header lines such as
// "url: http://…" followed by a blank line, then the page text. The text is
// taken as UTF-8 (invalid bytes become U+FFFD, which cleaning later removes).
func ParseTextDump(raw []byte) (Article, error) {
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var a Article
	if hdr, body, ok := strings.Cut(s, "\n\n"); ok && isHeaderBlock(hdr) {
		for _, line := range strings.Split(hdr, "\n") {
			k, v, _ := strings.Cut(line, ":")
			v = strings.TrimSpace(v)
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "url":
				a.URL = v
			case "title":
				a.Title = v
			case "published", "date":
				a.Published = v
				a.PublishedFrom = "header"
			}
		}
		s = body
	}
	a.Text = strings.TrimSpace(s)
	return a, nil
}

// isHeaderBlock reports whether every line of block is a "key: value" header
// with a known key, so that a text whose first paragraph merely contains a
// colon is not mistaken for headers.
func isHeaderBlock(block string) bool {
	lines := strings.Split(block, "\n")
	if len(lines) == 0 || len(lines) > 10 {
		return false
	}
	for _, line := range lines {
		k, _, ok := strings.Cut(line, ":")
		if !ok {
			return false
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "url", "title", "published", "date", "source", "fetched":
		default:
			return false
		}
	}
	return true
}
