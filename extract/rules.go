package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Element rules: what never holds main text, and which class or id names
// mark page chrome.

// skipElement reports elements whose content is never page text.
func skipElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Svg, atom.Template, atom.Head,
		atom.Select, atom.Option, atom.Button, atom.Textarea, atom.Object, atom.Embed, atom.Canvas,
		atom.Audio, atom.Video, atom.Map, atom.Math, atom.Title, atom.Link, atom.Meta:
		return true
	}
	return isHidden(n)
}

// isHidden catches elements hidden by the page itself (style display:none,
// the hidden attribute): templates, duplicated mobile menus, SEO stuffing.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if len(a.Val) < 512 {
				v := strings.ToLower(a.Val)
				// visibility:hidden is not checked: pages (WeChat articles) hide
				// their body that way until a script has run.
				if strings.Contains(v, "display:none") || strings.Contains(v, "display: none") {
					return true
				}
			}
		}
	}
	return false
}

// chromeNames are class or id fragments of page chrome; a line inside such an
// element counts against its container and is dropped from the main text
// unless the container itself is so named. Weak names mark parts that sit
// above or around the article (navigation, search, breadcrumbs): unclosed
// tags on real pages make such an element wrap the article too, so a weak
// chrome element that holds much prose is not chrome. Strong names mark
// parts that sit beside or below it (related, recommended, footer) and are
// chrome whatever they hold.
var (
	weakChromeNames = []string{
		"nav", "menu", "breadcrumb", "crumb", "search", "login", "weizhi", "position", "banner",
		"toolbar", "topbar", "daohang", "pager", "pagination",
	}
	strongChromeNames = []string{
		"footer", "share", "sidebar", "copyright", "recommend", "related", "advert", "friendlink",
		"bdshare", "jiathis", "fenxiang", "qrcode", "erweima", "hotnews", "tuijian",
		"xiangguan", "dibu", "modal", "popup", "dialog", "tooltip",
	}
)

// chromeKind says how n's class or id names page chrome: 0 not at all, 1
// weakly, 2 strongly.
func chromeKind(n *html.Node) int {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main:
		return 0 // page-wide classes describe the page, not a region
	}
	if n.DataAtom == atom.Nav {
		return 1
	}
	if n.DataAtom == atom.Footer || n.DataAtom == atom.Aside {
		return 2
	}
	kind := 0
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if len(a.Val) == 0 || len(a.Val) > 300 {
			continue
		}
		for _, tok := range strings.Fields(strings.ToLower(a.Val)) {
			if strings.ContainsAny(tok, ":[") {
				continue // utility-CSS variants such as "print:pt-0" name no region
			}
			if containsAny(tok, strongChromeNames) {
				return 2
			}
			if containsAny(tok, weakChromeNames) {
				kind = 1
			}
		}
	}
	return kind
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
