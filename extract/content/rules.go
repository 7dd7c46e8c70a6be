package content

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
	for i := range n.Attr {
		a := &n.Attr[i]
		switch a.Key {
		case "hidden":
			return true
		case "style":
			// visibility:hidden is not checked: pages (WeChat articles) hide
			// their body that way until a script has run.
			if len(a.Val) < 512 && hasLowerWord(a.Val, "display:none", "display: none") {
				return true
			}
		}
	}
	return false
}

// chromeNames are class or id fragments of page chrome; a line inside such an
// element counts against its container and is dropped from the main text
// unless the container itself is so named. The three kinds differ in how
// much prose an element so named may hold and still be chrome:
//   - weak names mark parts above or around the article (navigation, search,
//     breadcrumbs); unclosed tags on real pages make such an element wrap the
//     article too, so one holding more than a little prose is not chrome;
//   - mid names mark page furniture (footers, share bars, dialogs) that a
//     site may also reuse for a region of real text (a card's footer holding
//     replies), so only one holding much prose escapes;
//   - strong names mark lists of other articles (related, recommended), which
//     are chrome whatever they hold: the summaries in them are prose too.
var (
	weakChromeNames = []string{
		"nav", "menu", "breadcrumb", "crumb", "search", "login", "weizhi", "position", "banner",
		"toolbar", "topbar", "daohang", "pager", "pagination",
	}
	midChromeNames = []string{
		"footer", "share", "sidebar", "copyright", "advert", "friendlink", "bdshare", "jiathis",
		"fenxiang", "qrcode", "erweima", "dibu", "dialog", "tooltip",
	}
	// midChromeTokens match whole class tokens or ids only: as fragments
	// they would hit ordinary words ("toc" in "stock").
	midChromeTokens = []string{
		"toc", "infobox", "navbox", "reflist", "references", "ambox", "catlinks", "noprint",
		"mw-editsection", "keywords", "tags",
	}
	strongChromeNames = []string{
		"recommend", "related", "hotnews", "tuijian", "xiangguan", "modal", "popup",
	}
)

// Chrome kinds, and the prose weight an element of each kind may hold.
const (
	chromeNone = iota
	chromeWeak
	chromeMid
	chromeStrong
)

var chromeMaxWeight = [...]float64{chromeWeak: 40, chromeMid: 150, chromeStrong: 1e18}

// chromeKind says how n's class or id names page chrome.
func chromeKind(n *html.Node) int {
	kind, byAttrs := elementChromeKind(n.DataAtom)
	if !byAttrs {
		return kind
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) > 0 && len(a.Val) <= 300 {
			kind = max(kind, chromeKindOf(a.Val))
		}
	}
	return kind
}

// elementChromeKind is the chrome kind an element has by its tag, and
// whether its class and id values decide it instead.
func elementChromeKind(a atom.Atom) (kind int, byAttrs bool) {
	switch a {
	case atom.Body, atom.Html, atom.Main:
		return chromeNone, false // page-wide classes describe the page, not a region
	case atom.Nav:
		return chromeWeak, false
	case atom.Footer, atom.Aside:
		return chromeMid, false
	}
	return chromeNone, true
}

// chromeKindOf judges one class or id value: the highest kind among its
// tokens, a token being of the highest kind whose name it contains (or mid
// when it is one of midChromeTokens). The tokens are those of
// strings.Fields(strings.ToLower(val)); an ASCII value is read as it is,
// each byte lowered as it is compared.
func chromeKindOf(val string) int {
	ascii := isASCII(val)
	if !ascii {
		val = strings.ToLower(val)
	}
	kind := chromeNone
	for rest := val; rest != ""; {
		var tok string
		if tok, rest = nextField(rest); tok == "" {
			break // only white space was left
		}
		if strings.ContainsAny(tok, ":[") {
			continue // utility-CSS variants such as "print:pt-0" name no region
		}
		var k int
		if ascii {
			k = chromeNamesIndex.maxKindLower(tok)
			if k < chromeMid && isAnyOfLower(tok, midChromeTokens) {
				k = chromeMid
			}
		} else {
			k = chromeNamesIndex.maxKind(tok)
			if k < chromeMid && isAnyOf(tok, midChromeTokens) {
				k = chromeMid
			}
		}
		if k == chromeStrong {
			return chromeStrong
		}
		kind = max(kind, k)
	}
	return kind
}

// A nameIndex finds which of a few lists of ASCII names a string contains,
// in one pass over it: the names are grouped by their first byte.
type nameIndex [256][]kindName

type kindName struct {
	name string
	kind int
}

// chromeNamesIndex holds the fragment names of each chrome kind.
var chromeNamesIndex = func() *nameIndex {
	x := &nameIndex{}
	for _, l := range []struct {
		names []string
		kind  int
	}{{weakChromeNames, chromeWeak}, {midChromeNames, chromeMid}, {strongChromeNames, chromeStrong}} {
		for _, n := range l.names {
			x[n[0]] = append(x[n[0]], kindName{n, l.kind})
		}
	}
	return x
}()

// kinds is the set of kinds (bit 1<<kind) of the names s contains.
func (x *nameIndex) kinds(s string) uint {
	var set uint
	for i := 0; i < len(s); i++ {
		for _, kn := range x[s[i]] {
			if set&(1<<kn.kind) == 0 && strings.HasPrefix(s[i:], kn.name) {
				set |= 1 << kn.kind
			}
		}
	}
	return set
}

// kindsLower is kinds(strings.ToLower(s)) for an ASCII s.
func (x *nameIndex) kindsLower(s string) uint {
	var set uint
	for i := 0; i < len(s); i++ {
		for _, kn := range x[lowerASCII(s[i])] {
			if set&(1<<kn.kind) == 0 && hasPrefixLower(s[i:], kn.name) {
				set |= 1 << kn.kind
			}
		}
	}
	return set
}

// maxKindLower is maxKind(strings.ToLower(s)) for an ASCII s.
func (x *nameIndex) maxKindLower(s string) int {
	kind := chromeNone
	for i := 0; i < len(s); i++ {
		for _, kn := range x[lowerASCII(s[i])] {
			if kn.kind > kind && hasPrefixLower(s[i:], kn.name) {
				kind = kn.kind
			}
		}
	}
	return kind
}

// maxKind is the highest kind of the names s contains, chromeNone for none.
func (x *nameIndex) maxKind(s string) int {
	kind := chromeNone
	for i := 0; i < len(s); i++ {
		for _, kn := range x[s[i]] {
			if kn.kind > kind && strings.HasPrefix(s[i:], kn.name) {
				kind = kn.kind
			}
		}
	}
	return kind
}

func isAnyOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
