package content

import (
	"strings"
	"unicode"
)

// siteWords mark a title segment that names a site or a column rather than
// the article: "_XX市人民政府", "-中国质量新闻网", "| 新闻中心".
var siteWords = []string{
	"网", "網", "政府", "门户", "官网", "频道", "頻道", "新闻", "新聞", "日报", "日報", "晚报", "在线", "中心",
	"平台", "资讯", "首页", "栏目", "专题", "百科", "论坛", "社区", "博客", "動態", "动态", "要闻", "信息公开", "管理局", "监督局", "委员会",
	".com", ".cn", "online", "news", "www",
}

// splitTitle separates an article title from the site name that pages append
// to <title>. A heading of the page that starts the raw title is taken as the
// title itself; otherwise trailing segments that look like site or column
// names are cut. The site is returned when it was not known already.
func splitTitle(raw string, headings []string, site string) (string, string) {
	raw = strings.TrimSpace(raw)
	for _, h := range headings {
		h = strings.TrimSpace(h)
		if runesOver(h, 3) && strings.HasPrefix(raw, h) && len(h) < len(raw) {
			rest := strings.TrimLeft(raw[len(h):], " _-|｜—–:：")
			if site == "" {
				site = lastSegment(rest)
			}
			return h, site
		}
		if h == raw {
			return h, site
		}
	}
	parts := splitSegments(raw)
	cut := ""
	for len(parts) > 1 && looksLikeSite(parts[len(parts)-1]) {
		if cut == "" {
			cut = parts[len(parts)-1]
		}
		parts = parts[:len(parts)-1]
	}
	title := strings.Join(parts, " ")
	// A <title> that is only the site's name: the page's first heading is
	// the better title.
	if len(headings) > 0 && (title == "" || title == site || (len(parts) == 1 && looksLikeSiteName(title) && !runesOver(title, 8))) {
		if site == "" {
			site = title
		}
		title = strings.TrimSpace(headings[0])
	}
	if site == "" {
		site = cut
	}
	return title, site
}

// looksLikeSiteName reports a name that is a site's or a paper's, not a person's.
func looksLikeSiteName(v string) bool {
	lower := strings.ToLower(v)
	for _, w := range siteWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return strings.HasSuffix(v, "报") || strings.HasSuffix(v, "社") || strings.HasSuffix(v, "台")
}

// looksLikeSite reports a title segment that names a site or a column.
func looksLikeSite(seg string) bool {
	lower := strings.ToLower(seg)
	for _, w := range siteWords {
		if strings.Contains(lower, w) {
			return !runesOver(seg, 24)
		}
	}
	return !runesOver(seg, 6)
}

func lastSegment(s string) string {
	parts := splitSegments(s)
	if len(parts) == 0 {
		return ""
	}
	return parts[len(parts)-1]
}

// splitSegments splits a <title> at the separators sites use between the
// article title and their names: _ | ｜ — – and a hyphen that is not inside
// a number range (2016-2020).
func splitSegments(s string) []string {
	rs := []rune(s)
	var parts []string
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		sep := 0
		switch r {
		case '_', '|', '｜', '–':
			sep = 1
		case '·':
			if i > 0 && rs[i-1] == ' ' && i+1 < len(rs) && rs[i+1] == ' ' {
				sep = 1 // " · " between title and site; a bare · joins names
			}
		case '—':
			sep = 1
			if i+1 < len(rs) && rs[i+1] == '—' {
				sep = 2
			}
		case '-':
			prevDigit := i > 0 && unicode.IsDigit(rs[i-1])
			nextDigit := i+1 < len(rs) && unicode.IsDigit(rs[i+1])
			if !(prevDigit || nextDigit) {
				sep = 1
			}
		}
		if sep == 0 {
			continue
		}
		if p := strings.TrimSpace(string(rs[start:i])); p != "" {
			parts = append(parts, p)
		}
		i += sep - 1
		start = i + 1
	}
	if p := strings.TrimSpace(string(rs[start:])); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// longestConsistent returns the longest of the candidate titles (metadata,
// <title>, headings) that begins with the preferred one, when the preferred
// one is cut short: a malformed og:title ends at an ASCII quote
// (content="写"救命啊"纸团…" reads as 写), so a title that continues it with
// more text is the whole of it. A preferred title that no candidate extends
// is kept.
func longestConsistent(preferred string, candidates []string) string {
	preferred = strings.TrimSpace(preferred)
	best := preferred
	if preferred == "" {
		return best
	}
	for _, c := range candidates {
		c = strings.TrimSpace(c)
		if len(c) <= len(best) || !strings.HasPrefix(c, preferred) {
			continue
		}
		// Only a cut title is extended: the candidate must go on with
		// title text, not with a site suffix after a separator.
		rest := []rune(strings.TrimSpace(c[len(preferred):]))
		if len(rest) == 0 || isTitleSeparator(rest[0]) {
			continue
		}
		best = c
	}
	return best
}

// isTitleSeparator reports the characters sites put between an article's
// title and their name.
func isTitleSeparator(r rune) bool {
	return strings.ContainsRune("_|｜–—-·:：", r)
}
