package content

import (
	"strings"

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

// cmsIndex maps "class:name" and "id:name" to the position in cmsSelectors.
var cmsIndex = func() map[string]int {
	m := make(map[string]int, len(cmsSelectors))
	for i, sel := range cmsSelectors {
		switch sel[0] {
		case '.':
			m["class:"+sel[1:]] = i
		case '#':
			m["id:"+sel[1:]] = i
		}
	}
	return m
}()

// cmsMatch returns the position in cmsSelectors that n matches, or -1.
func cmsMatch(n *html.Node) int {
	best := -1
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if i, ok := cmsIndex["id:"+a.Val]; ok && (best < 0 || i < best) {
				best = i
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if i, ok := cmsIndex["class:"+c]; ok && (best < 0 || i < best) {
					best = i
				}
			}
		}
	}
	return best
}
