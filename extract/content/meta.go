package content

import (
	"github.com/ccorpus/ccorpus/crawler/urldate"
	"github.com/ccorpus/ccorpus/extract"
	"github.com/ccorpus/ccorpus/normalize"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaKeys are <meta> names and properties that carry the
// publication time, most specific first.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "pubdate", "publishdate", "publish_date",
	"publishtime", "publish-time", "firstpublishedtime", "og:release_date", "datepublished",
	"dc.date.issued", "dc.date", "weibo:article:create_at", "date", "created",
}

// metaScanLines is how many lines before the main text are searched for
// metadata labels (the title block sits just above the body).
const metaScanLines = 40

// readMeta fills the article's title and metadata from <meta> tags, the
// lines around the main text and, as a last resort, the URL.
func readMeta(a *extract.Article, doc *goquery.Document, w *walker, sel selection, pageURL string) {
	metas, title := headMetas(doc.Get(0))
	headings := headingTexts(w)
	raw := longestConsistent(firstNonEmpty(metas["og:title"], metas["articletitle"], metas["title"], title),
		append([]string{metas["og:title"], metas["articletitle"], metas["title"], title}, headings...))
	a.Site = firstNonEmpty(metas["og:site_name"], metas["sitename"], metas["site_name"], metas["application-name"])
	a.Title, a.Site = splitTitle(collapseSpace(raw), headings, a.Site)

	for _, k := range publishedMetaKeys {
		if v := metas[k]; v != "" {
			if d, ok := findDate(v); ok {
				a.Published, a.PublishedFrom = d.ISO, "meta"
				break
			}
		}
	}
	a.Origin = stripLabel(firstNonEmpty(metas["source"], metas["contentsource"], metas["og:article:source"]))
	a.Author = stripLabel(firstNonEmpty(metas["author"], metas["article:author"]))
	if !plausibleName(a.Author, a.Site) {
		a.Author = ""
	}

	start, end := 0, min(len(w.lines), 2*metaScanLines)
	if sel.node != nil {
		start = max(0, int(sel.span.start)-metaScanLines)
		end = min(len(w.lines), int(sel.span.end)+metaScanLines)
	}
	// The body itself is skipped past its first lines and before its last
	// ones: dates inside long prose are narrative.
	bodyFrom, bodyTo := int(sel.span.start)+5, int(sel.span.end)-8
	var written, lineDate, labelled foundDate
	labelledFrom := ""
	for i := start; i < end; i++ {
		l := &w.lines[i]
		if l.runes > 200 || (i >= bodyFrom && i < bodyTo) || !mayHoldLineMeta(l) {
			continue
		}
		m := readLineMetaDigits(l.text, l.hasDigit())
		switch m.publishedKind {
		case "label":
			if labelled.ISO == "" {
				labelled, labelledFrom = m.published, "label"
				if l.tag == atom.Tr {
					labelledFrom = "table"
				}
			}
		case "written":
			if written.ISO == "" {
				written = m.published
			}
		case "line":
			if lineDate.ISO == "" && i < int(sel.span.start)+3 {
				lineDate = m.published
			}
		}
		if a.Origin == "" && m.origin != "" {
			a.Origin = m.origin
		}
		if a.Author == "" && m.author != "" {
			a.Author = m.author
		}
		if a.Editor == "" && m.editor != "" {
			a.Editor = m.editor
		}
	}
	if a.Author == "" && sel.node != nil {
		for i := sel.span.start; i < sel.span.end && i < sel.span.start+3; i++ {
			if r := leadReporter(w.lines[i].text); r != "" {
				a.Author = r
				break
			}
		}
	}
	shown, shownFrom := labelled, labelledFrom
	if shown.ISO == "" {
		shown, shownFrom = timeNearTitle(w, sel, start), "label"
	}
	switch {
	case shown.ISO != "" && (a.Published == "" || shownWins(shown, a.Published)):
		a.Published, a.PublishedFrom = shown.ISO, shownFrom
	case a.Published != "":
	case written.ISO != "":
		a.Published, a.PublishedFrom = written.ISO, "table"
	case lineDate.ISO != "":
		a.Published, a.PublishedFrom = lineDate.ISO, "text"
	default:
		if d := urldate.Find(pageURL); d != "" {
			a.Published, a.PublishedFrom = d, "url"
		}
	}
}

// shownWins decides between the date a page shows beside its title and the
// one its <meta> tags give: the shown date wins when the two name different
// days (metadata is often the time the CMS generated or last touched the
// page, which readers never see), and on the same day when only it has a
// clock time (it is the more precise).
func shownWins(shown foundDate, meta string) bool {
	if len(shown.ISO) < 10 || len(meta) < 10 {
		return false
	}
	if shown.ISO[:10] != meta[:10] {
		return true
	}
	return shown.HasTime && len(meta) == 10
}

// timeNearTitle returns the date of the first date-named element between
// line from and the first lines of the selection (the title block).
func timeNearTitle(w *walker, sel selection, from int) foundDate {
	to := len(w.lines)
	if sel.node != nil {
		to = int(sel.span.start) + 3
	}
	for _, t := range w.times {
		if t.line >= from && t.line < to {
			return t.date
		}
	}
	return foundDate{}
}

// stripLabel removes a label a site left in a <meta> value ("来源：人民日报").
func stripLabel(v string) string {
	for _, re := range []*regexp.Regexp{reOriginLabel, reAuthorLabel, reEditorLabel} {
		if m := re.FindStringIndex(v); m != nil && m[0] == 0 {
			return strings.TrimSpace(v[m[1]:])
		}
	}
	return v
}

// plausibleName reports a <meta> author that names a person or a desk:
// not a numeric user id, a URL, a site name or a sentence.
func plausibleName(v, site string) bool {
	if v == "" || runesOver(v, 30) || strings.Contains(v, "http") || v == site || normalize.HanCount(v) == 0 {
		return false
	}
	return !looksLikeSiteName(v)
}

// headMetas collects <meta name|property|itemprop content> pairs (keys
// lowercased) and the <title> text from the document's <head>, walking the
// head alone rather than querying the whole tree.
func headMetas(root *html.Node) (map[string]string, string) {
	out := make(map[string]string)
	title := ""
	head := findHead(root)
	if head == nil {
		return out, ""
	}
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			if title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				title = n.FirstChild.Data // the parser keeps <title> content as one text node
			}
		case atom.Meta:
			var key, val string
			for _, at := range n.Attr {
				switch at.Key {
				case "name", "property", "itemprop":
					if key == "" {
						key = strings.ToLower(strings.TrimSpace(at.Val))
					}
				case "content":
					val = strings.TrimSpace(at.Val)
				}
			}
			if key != "" && val != "" && out[key] == "" {
				out[key] = val
			}
		}
	}
	return out, title
}

// findHead returns the <head> element: a child of <html>, itself a child of the document.
func findHead(root *html.Node) *html.Node {
	for h := root.FirstChild; h != nil; h = h.NextSibling {
		if h.Type == html.ElementNode && h.DataAtom == atom.Html {
			for c := h.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Head {
					return c
				}
			}
		}
	}
	return nil
}

// headingTexts returns the texts of the page's h1 and h2 lines, the likely article titles.
func headingTexts(w *walker) []string {
	var out []string
	for i := range w.lines {
		if w.lines[i].heading && w.lines[i].runes >= 4 && len(out) < 8 {
			out = append(out, w.lines[i].text)
		}
	}
	return out
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// collapseSpace trims s and turns runs of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
