package extract

import (
	"bytes"
	"fmt"
	"strings"
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
