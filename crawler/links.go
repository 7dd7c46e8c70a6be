package crawler

import (
	"github.com/ccorpus/ccorpus/crawler/urldate"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// Link is a link found on a page, with what the page says about it.
type Link struct {
	URL  string `json:"url"`  // canonical
	Text string `json:"text"` // anchor text (or title attribute)
	Date string `json:"date"` // YYYY-MM-DD found beside the link or in its URL, "" when none
}

var (
	dateNear   = regexp.MustCompile(`(20\d{2}|19\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})`)
	indexLike  = regexp.MustCompile(`(?i)/(index|default|list)(_\d+)?\.(s?html?|jsp|php|aspx?)$|/$`)
	trsPager   = regexp.MustCompile(`createPage(?:HTML)?\s*\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?`)
	countPage  = regexp.MustCompile(`(?i)var\s+(?:countPage|pageCount|totalPage)\s*=\s*['"]?(\d+)`)
	nextTexts  = []string{"下一页", "下页", "后一页", "next", "›", "»"}
	whitespace = regexp.MustCompile(`\s+`)
)

// ExtractLinks returns the http(s) links of a page (decoded to UTF-8), in
// page order without duplicates. With a selector, only links inside (or
// being) the selected elements count.
func ExtractLinks(html string, base *url.URL, selector string) []Link {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		return nil
	}
	if b, ok := doc.Find("base[href]").Attr("href"); ok && base != nil {
		if bu, err := base.Parse(strings.TrimSpace(b)); err == nil {
			base = bu
		}
	}
	scope := doc.Selection
	if selector != "" {
		scope = doc.Find(selector)
	}
	anchors := scope.Find("a[href]").AddSelection(scope.Filter("a[href]"))
	seen := map[string]bool{}
	var out []Link
	anchors.Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(href)), "javascript:") {
			return
		}
		u, err := Resolve(base, href)
		if err != nil || seen[u] {
			return
		}
		seen[u] = true
		text := clean(a.Text())
		if text == "" {
			text = clean(a.AttrOr("title", ""))
		}
		out = append(out, Link{URL: u, Text: text, Date: linkDate(a, u)})
	})
	return out
}

func clean(s string) string { return strings.TrimSpace(whitespace.ReplaceAllString(s, " ")) }

// linkDate finds a date in the list item around a link, else in its URL.
func linkDate(a *goquery.Selection, u string) string {
	item := a.Closest("li, tr, dd, dl, p")
	if item.Length() > 0 {
		if d := matchDate(dateNear, item.Text()); d != "" {
			return d
		}
	}
	return urldate.Find(u)
}

func matchDate(re *regexp.Regexp, s string) string {
	m := re.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	return strconv.Itoa(y) + "-" + pad2(mo) + "-" + pad2(d)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// LooksLikeArticle is the default article test when a site gives no selector
// or pattern: a link with a title-like text to a page that is not an index.
func LooksLikeArticle(l Link) bool {
	if utf8.RuneCountInString(l.Text) < 5 {
		return false
	}
	u, err := url.Parse(l.URL)
	if err != nil || indexLike.MatchString(u.Path) {
		return false
	}
	return strings.ContainsAny(u.Path+u.RawQuery, "0123456789")
}

// isPagerLink spots links of a list's pager and navigation, which are never
// articles even inside the selected list: index pages (index_2.html, …)
// and links whose text is a page number or 首页 / 上一页 / 下一页 / 尾页.
func isPagerLink(l Link) bool { return isIndexPath(l.URL) || isPagerText(l.Text) }

// isIndexPath reports a URL whose path names a list or index page
// (index.html, list_2.html, a path ending in /).
func isIndexPath(u string) bool {
	p, err := url.Parse(u)
	return err == nil && indexLike.MatchString(p.Path)
}

// isPagerText reports the text of a pager or navigation link: a page
// number, 首页, 上一页, 下一页 and the like.
func isPagerText(text string) bool {
	t := strings.Trim(text, "[]【】 ")
	if t == "" {
		return false
	}
	if strings.Trim(t, "0123456789") == "" {
		return true
	}
	switch t {
	case "首页", "上一页", "上页", "前一页", "尾页", "末页", "最后一页", "第一页":
		return true
	}
	return isNextText(t)
}

// NextLinks returns "next page" links: those matched by selector, or
// those whose text is 下一页 and the like.
func NextLinks(html string, base *url.URL, selector string) []string {
	var out []string
	for _, l := range ExtractLinks(html, base, selector) {
		if selector != "" || isNextText(l.Text) {
			out = append(out, l.URL)
		}
	}
	return out
}

func isNextText(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, n := range nextTexts {
		if t == n || strings.HasPrefix(t, n) && utf8.RuneCountInString(t) <= utf8.RuneCountInString(n)+2 {
			return true
		}
	}
	return false
}

// PageCount reads the page count that TRS-style list pages pass to their
// pager script (createPageHTML(10, 0, "index", "html")), 0 when absent.
func PageCount(html string) int {
	for _, re := range []*regexp.Regexp{trsPager, countPage} {
		if m := re.FindStringSubmatch(html); m != nil {
			if n, err := strconv.Atoi(m[1]); err == nil && n > 0 && n < 100000 {
				return n
			}
		}
	}
	return 0
}

// PageURL fills a pagination template ("index_{n}.html", "?page={n}")
// for page n and resolves it against the start URL.
func PageURL(start, template string, n int) (string, error) {
	base, err := url.Parse(start)
	if err != nil {
		return "", err
	}
	ref := strings.ReplaceAll(template, "{n}", strconv.Itoa(n))
	if strings.HasPrefix(ref, "?") || strings.HasPrefix(ref, "&") {
		q := base.Query()
		extra, err := url.ParseQuery(ref[1:])
		if err != nil {
			return "", err
		}
		for k, v := range extra {
			q[k] = v
		}
		c := *base
		c.RawQuery = q.Encode()
		return canonicalURL(&c)
	}
	return Resolve(base, ref)
}
