package discover

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
)

var cssIdent = regexp.MustCompile(`^[A-Za-z_][\w-]*$`)

// commonContainer is the body container the article pages share: among
// the elements (by #id or tag.class) present on every page, the one whose
// own text (Han characters outside links) is largest on its worst page,
// and of those within a tenth of it, the tightest. It returns "" when the
// pages share none holding at least minHan characters.
func commonContainer(pages []string, minHan int) string {
	if len(pages) < 2 {
		return ""
	}
	type stat struct{ worst, total int }
	stats := map[string]*stat{}
	for i, html := range pages {
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
		if err != nil {
			return ""
		}
		seen := map[string]bool{}
		doc.Find("div[id], div[class], article, section[class], td[class], td[id]").Each(func(_ int, s *goquery.Selection) {
			for _, key := range selectorsOf(s) {
				if seen[key] {
					continue
				}
				seen[key] = true
				n := hanCount(s.Text()) - 2*hanCount(s.Find("a").Text())
				st := stats[key]
				if st == nil {
					if i > 0 {
						continue
					}
					st = &stat{worst: n}
					stats[key] = st
				}
				st.worst = min(st.worst, n)
				st.total += hanCount(s.Text())
			}
		})
		for key := range stats {
			if !seen[key] {
				delete(stats, key)
			}
		}
	}
	best := 0
	for _, st := range stats {
		best = max(best, st.worst)
	}
	if best < minHan {
		return ""
	}
	var keys []string
	for k, st := range stats {
		if st.worst*10 >= best*9 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if stats[keys[i]].total != stats[keys[j]].total {
			return stats[keys[i]].total < stats[keys[j]].total
		}
		return keys[i] < keys[j]
	})
	return keys[0]
}

// selectorsOf are the simple selectors naming an element: #id, tag.class.
func selectorsOf(s *goquery.Selection) []string {
	var out []string
	if id, ok := s.Attr("id"); ok && cssIdent.MatchString(id) {
		out = append(out, "#"+id)
	}
	tag := goquery.NodeName(s)
	for _, c := range strings.Fields(s.AttrOr("class", "")) {
		if cssIdent.MatchString(c) {
			out = append(out, tag+"."+c)
		}
	}
	return out
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
