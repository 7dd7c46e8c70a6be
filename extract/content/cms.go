package content

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// cmsSelectors are the main-text containers of content-management systems
// common on Chinese government and news sites (TRS WCM, UCAP, Hanweb, …),
// tried in order before the general method. Each is a simple ".class" or
// "#id" selector: the walker matches them while it reads the page, which
// costs far less than running each as a CSS query over the tree.
var cmsSelectors = []string{
	".TRS_Editor", ".TRS_UEDITOR", "#UCAP-CONTENT", "#zoom", "#Zoom", ".pages_content", "#fontzoom",
	".article-content", "#article_content", ".article_content", "#artibody", ".art_con",
	".wzcon", ".news_content", "#news_content", ".con_text", "#con_text", ".content_text",
	".article-body", ".rich_media_content", "#js_content", ".post_body", ".post_text", "#endText",
}

// cmsClasses and cmsIDs map a class or an id to its position in cmsSelectors.
var cmsClasses, cmsIDs = func() (map[string]int, map[string]int) {
	classes, ids := make(map[string]int), make(map[string]int)
	for i, sel := range cmsSelectors {
		switch sel[0] {
		case '.':
			classes[sel[1:]] = i
		case '#':
			ids[sel[1:]] = i
		}
	}
	return classes, ids
}()

// cmsMatch returns the position in cmsSelectors that n matches, or -1.
func cmsMatch(n *html.Node) int {
	best := -1
	for _, a := range n.Attr {
		i := -1
		switch a.Key {
		case "id":
			if k, ok := cmsIDs[a.Val]; ok {
				i = k
			}
		case "class":
			i = cmsClassOf(a.Val)
		}
		if i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// cmsClassOf returns the first position in cmsSelectors of a class of the
// class value v, or -1.
func cmsClassOf(v string) int {
	best := -1
	for rest := v; rest != ""; {
		var c string
		c, rest = nextField(rest)
		if i, ok := cmsClasses[c]; ok && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// nextField returns the first field of s as strings.Fields splits it, and
// what follows it; c is "" when s holds only white space.
func nextField(s string) (c, rest string) {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(s) {
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if unicode.IsSpace(r) {
			break
		}
		j += size
	}
	return s[i:j], s[j:]
}
