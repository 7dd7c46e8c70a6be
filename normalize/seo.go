package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize/literal"
)

// SEO strings a site adds to its own pages, told by their form rather than
// by a list of sites: keyword lines joined by underscores (辽宁省质量月活动_
// 2025辽宁新闻联播_…), a page that is nothing but a search query used as its
// title (…在什么时候, …最新消息2024年公告), and a site's share prompt
// (某某网小编提示，记得把…分享给大家!) with the watermark of the same site
// name and its domain (某某网 abcd.com) left elsewhere in the text.

var (
	// queryRe: a lone line that is a search query: a question, or a query
	// made fresh with 最新/大全 or a bare year at its end.
	queryRe = regexp.MustCompile(`(什么时候|是什么|是哪天|是几月几[日号]|有哪些|怎么办|怎么样|多少钱|在哪里?|吗)[?？]?$|最新消息|最新版|大全$|[^\d年]\d{4}$`)
	// promoRe: a share prompt: the site (its name before 小编) asks readers
	// to share the page.
	promoRe = regexp.MustCompile(`^(\p{Han}{1,8}?)小编(提示|提醒|温馨提示|推荐)[，,:：].{0,80}分享`)
	// stampRe: a header line: a run of words, then the page's date and time
	// (某某网 2024-05-21 11:29).
	stampRe = regexp.MustCompile(`^(\S.{0,30}?)\s+\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s|$)`)
	// domainRe: a bare domain name.
	domainRe = `\s*(www\.)?[a-z0-9-]+(\.[a-z]{2,4}){1,2}\b`
)

// DropSEO removes a site's own SEO strings from cleaned text and returns the
// text and the strings removed.
func DropSEO(s string) (string, []string) {
	var removed []string
	if q, ok := loneQuery(s); ok {
		return "", []string{q}
	}
	// Every rule below needs a byte or word of its own in the line: a
	// keyword tail two underscores, a header's timestamp a hyphen (mayStamp),
	// a share prompt 小编 (mayPromo). A text without any removes nothing.
	if strings.IndexByte(s, '_') < 0 && strings.IndexByte(s, '-') < 0 && !literal.Contains(s, "小编") {
		return s, nil
	}
	var kept []string // nil until a line changes: the lines before it are s's
	edit := func(start int) {
		if kept == nil {
			kept = make([]string, 0, strings.Count(s, "\n")+1)
			if start > 0 {
				kept = append(kept, strings.Split(s[:start-1], "\n")...)
			}
		}
	}
	var brands []string
	for start := 0; ; {
		end := lineEnd(s, start)
		l := s[start:end]
		t := strings.TrimSpace(l)
		switch {
		case isUnderscoreKeywords(t):
			removed = append(removed, t)
			edit(start)
		default:
			if head, ok := spamHeader(t); ok {
				removed = append(removed, head)
				l = strings.TrimSpace(strings.TrimPrefix(t, head))
				edit(start)
			}
			if m := mayPromo(t); m != nil && utf8.RuneCountInString(t) <= 100 {
				removed = append(removed, t)
				brands = append(brands, m[1])
				edit(start)
			} else if kept != nil {
				kept = append(kept, l)
			}
		}
		if end == len(s) {
			break
		}
		start = end + 1
	}
	if removed == nil {
		return s, nil
	}
	for _, b := range brands {
		re := regexp.MustCompile(regexp.QuoteMeta(b) + domainRe)
		for i, l := range kept {
			for _, m := range re.FindAllString(l, -1) {
				removed = append(removed, strings.TrimSpace(m))
			}
			kept[i] = strings.TrimRight(re.ReplaceAllString(l, ""), " ")
		}
	}
	return strings.Join(kept, "\n"), removed
}

// spamHeader returns the words before the timestamp of a header line when
// spam-lexicon words, weak ones too, make up half of one of them (360影视
// 日韩动漫 2025-05-21 11:29): the slot of the source holds an injected
// brand. A news source may hold such a word (中央广电总台国际在线), but as
// a small part of its name.
func spamHeader(l string) (string, bool) {
	if !mayStamp(l) {
		return "", false
	}
	m := stampRe.FindStringSubmatch(l)
	if m == nil || strings.ContainsAny(m[1], "。，,；;！？!?") {
		return "", false
	}
	lx, err := defaultLexicon()
	if err != nil {
		return "", false
	}
	for _, tok := range strings.Fields(m[1]) {
		rs := []rune(tok)
		covered := 0
		for _, h := range lx.hits(rs) {
			covered += h.b - h.a
		}
		if covered > 0 && 2*covered >= hanCount(rs) {
			return m[1], true
		}
	}
	return "", false
}

// mayPromo is promoRe.FindStringSubmatch(l), asked only of a line holding
// the pattern's fixed words 小编 and 分享.
func mayPromo(l string) []string {
	if !literal.Contains(l, "小编") || !literal.Contains(l, "分享") {
		return nil
	}
	return promoRe.FindStringSubmatch(l)
}

// mayStamp is a cheap pre-check for stampRe: somewhere a space is followed
// by four digits and a hyphen (\s+\d{4}-).
func mayStamp(l string) bool {
	for i := 5; i < len(l); i++ {
		j := strings.IndexByte(l[i:], '-')
		if j < 0 {
			return false
		}
		i += j
		if i >= 5 && isDigitByte(l[i-1]) && isDigitByte(l[i-2]) && isDigitByte(l[i-3]) && isDigitByte(l[i-4]) && isSpaceRE(l[i-5]) {
			return true
		}
	}
	return false
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// isSpaceRE reports the bytes of regexp's \s: [\t\n\f\r ].
func isSpaceRE(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// loneQuery reports whether the whole text is one short line with no
// sentence punctuation that reads as a search query: an SEO page whose
// only text is its title.
func loneQuery(s string) (string, bool) {
	var only string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if only != "" {
			return "", false
		}
		only = l
	}
	if only == "" || utf8.RuneCountInString(only) > 40 || strings.ContainsAny(only, "。，,；;！!") {
		return "", false
	}
	if hanCount([]rune(only)) < 4 || !queryRe.MatchString(only) {
		return "", false
	}
	return only, true
}

// isUnderscoreKeywords reports a line of three or more keywords joined by
// underscores, each two to twenty runes and mostly Han, with no sentence
// punctuation: a site's keyword tail (prose never joins words with _).
func isUnderscoreKeywords(l string) bool {
	if strings.Count(l, "_") < 2 || strings.ContainsAny(l, "。，,；;！？!?") {
		return false
	}
	items := strings.Split(l, "_")
	for _, it := range items {
		rs := []rune(strings.TrimSpace(it))
		if len(rs) < 2 || len(rs) > 20 || 2*hanCount(rs) < len(rs) {
			return false
		}
	}
	return len(items) >= 3
}
