package crawler

import (
	"regexp"
	"strings"
)

// List pages of some CMSs carry their links where an HTML parser does not
// look: Hanweb (大汉) columns keep the records of a list in a
// <script type="text/xml"> data store (<record><![CDATA[<li>…</li>]]></record>),
// and pages whose list is loaded by a script (the 集约化 platform's unit
// API) often carry a plain-HTML fallback in <noscript>, which a parser with
// scripting on reads as text.
var (
	xmlScript   = regexp.MustCompile(`(?is)<script\b[^>]*\btype\s*=\s*["']?text/xml["']?[^>]*>(.*?)</script\s*>`)
	cdataRecord = regexp.MustCompile(`(?is)<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>`)
	noscript    = regexp.MustCompile(`(?is)<noscript\b[^>]*>(.*?)</noscript\s*>`)
)

// ExpandEmbeddedLists returns a list page with the HTML of Hanweb-style
// record stores and of <noscript> fallbacks put in place of the elements
// that hold it, so that ExtractLinks (and a selector around the list) sees
// those links. A page with neither is returned unchanged.
func ExpandEmbeddedLists(html string) string {
	if !strings.Contains(html, "<record") && !strings.Contains(html, "<noscript") &&
		!strings.Contains(html, "<RECORD") && !strings.Contains(html, "<NOSCRIPT") {
		return html
	}
	html = xmlScript.ReplaceAllStringFunc(html, func(s string) string {
		recs := cdataRecord.FindAllStringSubmatch(s, -1)
		if len(recs) == 0 {
			return s
		}
		var b strings.Builder
		b.WriteString(`<div class="embedded-records">`)
		for _, r := range recs {
			b.WriteString(r[1])
		}
		b.WriteString(`</div>`)
		return b.String()
	})
	return noscript.ReplaceAllString(html, `<div class="noscript">$1</div>`)
}

// IsPagerLink reports whether a link of a list page belongs to its pager or
// navigation (index_2.html, 下一页, a page number) rather than to its items.
func IsPagerLink(l Link) bool { return isPagerLink(l) }

// IsNextText reports whether a link text says "next page" (下一页, 下页, next, »).
func IsNextText(t string) bool { return isNextText(t) }
