package content

import (
	"github.com/ccorpus/ccorpus/extract"
	"strings"
	"unicode/utf8"
)

// textMetaLines is how many lines at the top of a text dump may hold the
// title and the publication line.
const textMetaLines = 25

// textTitleLines is how many lines at the top of a text dump may hold the title.
const textTitleLines = 10

// maxMetaLineRunes is the longest line read for metadata labels: longer
// lines are paragraphs, whose dates are narrative.
const maxMetaLineRunes = 160

// ParseTextDump reads a plain-text dump: optional header lines such as
// "url: http://…" followed by a blank line, then the page text. The text is
// taken as UTF-8 (invalid bytes become U+FFFD, which cleaning later removes).
// Title, publication time, origin, author and editor are read from the text's
// own lines ("2021-09-08 13:42:42 来源：…", "责任编辑：…"), which stay in the text.
func ParseTextDump(raw []byte) (extract.Article, error) {
	truncated := false
	if len(raw) > MaxPageBytes {
		raw, truncated = raw[:MaxPageBytes], true
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := extract.Article{Truncated: truncated}
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
				if d, ok := findDate(v); ok {
					a.Published, a.PublishedFrom = d.ISO, "header"
				}
			}
		}
		s = body
	}
	a.Text = strings.TrimSpace(s)
	readTextMeta(&a, strings.Split(a.Text, "\n"))
	switch {
	case notText(raw):
		// Bytes that are not UTF-8 text (a binary file, a dump in another
		// charset) carry no text to read.
		a.Text, a.Reason = "", extract.ReasonNotText
	case a.Text == "":
		a.Reason = extract.ReasonNoMainText
	}
	return a, nil
}

// readTextMeta fills metadata the header did not give from the text lines.
func readTextMeta(a *extract.Article, lines []string) {
	var labelled, dateLine, written foundDate
	var titles []string // headline-like lines at the top
	title := ""         // the headline-like line just above the publication line
	seen := 0
	body := false
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		seen++
		n := utf8.RuneCountInString(l)
		if n > 80 && strings.ContainsAny(l, "，。,") {
			body = true // titles come before the first paragraph
		}
		if !body && seen <= textTitleLines && isTitleLine(l, n) {
			titles = append(titles, l)
			continue
		}
		if n > maxMetaLineRunes {
			continue
		}
		m := readLineMeta(l)
		if seen <= textMetaLines {
			if m.publishedKind != "" && title == "" && len(titles) > 0 {
				title = titles[len(titles)-1]
			}
			switch m.publishedKind {
			case "label":
				if labelled.ISO == "" {
					labelled = m.published
				}
			case "line":
				if dateLine.ISO == "" {
					dateLine = m.published
				}
			case "written":
				if written.ISO == "" {
					written = m.published
				}
			}
		}
		if a.Origin == "" {
			a.Origin = m.origin
		}
		if a.Author == "" {
			a.Author = m.author
		}
		if a.Author == "" && seen <= textMetaLines {
			a.Author = leadReporter(l)
		}
		if a.Editor == "" {
			a.Editor = m.editor
		}
	}
	if a.Title == "" {
		a.Title = title
		if title == "" && len(titles) > 0 {
			a.Title = titles[0]
		}
	}
	if a.Published != "" {
		return
	}
	switch {
	case labelled.ISO != "":
		a.Published, a.PublishedFrom = labelled.ISO, "label"
	case dateLine.ISO != "":
		a.Published, a.PublishedFrom = dateLine.ISO, "text"
	case written.ISO != "":
		a.Published, a.PublishedFrom = written.ISO, "table"
	}
}

// isTitleLine reports a line that reads as a headline: short, not a
// sentence, not a list of keywords, not chrome, not a label line, not a date.
func isTitleLine(l string, n int) bool {
	if n < 6 || n > 80 || strings.HasSuffix(l, "。") || strings.Count(l, "，")+strings.Count(l, ",") > 1 ||
		strings.ContainsAny(l, ">»") || strings.Count(l, "|") > 1 || strings.Count(l, " ") > 3 {
		return false
	}
	if n <= 10 && looksLikeSite(l) {
		return false // a site name above the headline
	}
	if dropReason(&line{text: l, runes: n}) != "" || startsWithLabel(l) || strings.HasPrefix(l, "索引") ||
		strings.HasPrefix(l, "(") || strings.HasPrefix(l, "（") {
		return false
	}
	if _, ok := findDate(l); ok && n < 30 {
		return false
	}
	m := readLineMeta(l)
	return m.origin == "" && m.author == "" && m.editor == "" && m.publishedKind == ""
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
