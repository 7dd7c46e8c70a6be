package content

import (
	"html"
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenHTML rewrites a page the parser refused (x/net/html stops at 512
// open elements, which pages with thousands of unclosed <font> or <div>
// tags reach) into a flat one: its text, with a <br> wherever a block
// element began or ended. Extraction then works on lines alone, without
// the tree; skipped elements (scripts, styles) stay out.
func flattenHTML(page string) string {
	z := nethtml.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page) / 2)
	b.WriteString("<html><body>")
	skip := 0 // depth inside elements whose text is never page text
	for {
		tt := z.Next()
		switch tt {
		case nethtml.ErrorToken:
			// io.EOF or a tokenizer error: either way the input ends here.
			b.WriteString("</body></html>")
			return b.String()
		case nethtml.TextToken:
			if skip == 0 {
				b.WriteString(html.EscapeString(string(z.Text())))
			}
		case nethtml.StartTagToken, nethtml.EndTagToken, nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
				if tt == nethtml.StartTagToken {
					skip++
				} else if tt == nethtml.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if skip == 0 && (isBlock(a) || a == atom.Br || a == atom.Hr) {
				b.WriteString("<br>")
			}
		}
	}
}
