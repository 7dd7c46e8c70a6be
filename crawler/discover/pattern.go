package discover

import (
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/crawler"
)

// Shape is the URL pattern learned from the links of list pages: the
// trailing path segments that carry numbers (TRS t20240915_123456.html,
// Hanweb art/2024/9/15/art_1_2.html, content_123.html, dated folders),
// generalized into a regular expression anchored at the end of the URL.
type Shape struct {
	Pattern string `json:"pattern"`
	Matched int    `json:"matched"` // title links of the page that match
	Of      int    `json:"of"`      // title links of the page
	Family  string `json:"family"`  // trs, hanweb, content, dated, numbered
}

var (
	digitRun = regexp.MustCompile(`\d+`)
	allDigit = regexp.MustCompile(`^\d+$`)
	// families, tried on the pattern.
	families = []struct {
		name string
		re   *regexp.Regexp
	}{
		{"trs", regexp.MustCompile(`t\\d\{8\}_\\d\+`)},
		{"hanweb", regexp.MustCompile(`art_\\d\+_\\d\+`)},
		{"content", regexp.MustCompile(`content_\\d\+|post_\\d\+`)},
		{"dated", regexp.MustCompile(`\\d\{4\}|\\d\{6\}|\\d\{8\}`)},
	}
)

// segmentShape generalizes one path segment; numbered reports whether it
// has digits.
func segmentShape(seg string, last bool) (string, bool) {
	if seg == "" {
		return "", false
	}
	if allDigit.MatchString(seg) {
		switch n := len(seg); {
		case n <= 2:
			return `\d{1,2}`, true
		case n == 4 || n == 6 || n == 8:
			return `\d{` + strconv.Itoa(n) + `}`, true
		default:
			return `\d+`, true
		}
	}
	if !digitRun.MatchString(seg) {
		if last {
			ext := ""
			if i := strings.LastIndex(seg, "."); i > 0 {
				ext = regexp.QuoteMeta(seg[i:])
			}
			return `[^/]+` + ext, false
		}
		return regexp.QuoteMeta(seg), false
	}
	var b strings.Builder
	prev := 0
	for _, m := range digitRun.FindAllStringIndex(seg, -1) {
		b.WriteString(regexp.QuoteMeta(seg[prev:m[0]]))
		d := seg[m[0]:m[1]]
		switch year := d[:min(2, len(d))] == "19" || d[:min(2, len(d))] == "20"; {
		case year && len(d) == 8:
			b.WriteString(`\d{8}`)
		case year && len(d) == 4:
			b.WriteString(`\d{4}`)
		default:
			b.WriteString(`\d+`)
		}
		prev = m[1]
	}
	b.WriteString(regexp.QuoteMeta(seg[prev:]))
	return b.String(), true
}

// urlShape is the pattern of one URL: its query (numbers generalized) and
// the trailing path segments back to the first directory without a number.
// ok is false for URLs without any number.
func urlShape(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	segs := strings.Split(strings.TrimPrefix(u.EscapedPath(), "/"), "/")
	var parts []string
	numbered := false
	i := len(segs) - 1
	for ; i >= 0; i-- {
		s, num := segmentShape(segs[i], i == len(segs)-1)
		if !num && i != len(segs)-1 {
			break
		}
		numbered = numbered || num
		parts = append([]string{s}, parts...)
	}
	p := "/" + strings.Join(parts, "/")
	if u.RawQuery != "" {
		q := regexp.QuoteMeta(u.RawQuery)
		if digitRun.MatchString(u.RawQuery) {
			numbered = true
			q = digitRun.ReplaceAllString(q, `\d+`)
		}
		p += `\?` + q
	}
	return p + "$", numbered
}

// isTitleLink is a link whose text reads like an article title.
func isTitleLink(l crawler.Link) bool {
	return utf8.RuneCountInString(l.Text) >= 6 && !crawler.IsPagerLink(l)
}

// learnShape finds the article pattern of a list page (or a sitemap): the
// shape shared by most links (title links when titled), at least min.
func learnShape(links []crawler.Link, min int, titled bool) (Shape, bool) {
	count := map[string]int{}
	of := 0
	for _, l := range links {
		if titled && !isTitleLink(l) {
			continue
		}
		of++
		if p, ok := urlShape(l.URL); ok {
			count[p]++
		}
	}
	type kv struct {
		p string
		n int
	}
	var all []kv
	for p, n := range count {
		all = append(all, kv{p, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].p < all[j].p
	})
	if len(all) == 0 || all[0].n < min {
		return Shape{Of: of}, false
	}
	s := Shape{Pattern: all[0].p, Matched: all[0].n, Of: of, Family: "numbered"}
	for _, f := range families {
		if f.re.MatchString(s.Pattern) {
			s.Family = f.name
			break
		}
	}
	return s, true
}

// matching returns the links whose URL matches the pattern.
func matching(links []crawler.Link, pattern string) []crawler.Link {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil
	}
	var out []crawler.Link
	for _, l := range links {
		if re.MatchString(l.URL) && !crawler.IsPagerLink(l) {
			out = append(out, l)
		}
	}
	return out
}

// joinPatterns is one regexp matching any of the patterns.
func joinPatterns(ps []string) string {
	seen := map[string]bool{}
	var uniq []string
	for _, p := range ps {
		if p != "" && !seen[p] {
			seen[p] = true
			uniq = append(uniq, p)
		}
	}
	sort.Strings(uniq)
	switch len(uniq) {
	case 0:
		return ""
	case 1:
		return uniq[0]
	}
	return "(?:" + strings.Join(uniq, "|") + ")"
}
