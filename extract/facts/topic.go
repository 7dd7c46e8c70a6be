package facts

import (
	_ "embed"
	"github.com/ccorpus/ccorpus/normalize"
	"regexp"
	"strings"
)

//go:embed data/spun.txt
var spunData string

// spunWords are words that content farms substitute into copied news
// (食品安全 → 食物平安, 活动 → 勾当): a real report never uses them.
var spunWords = func() []string {
	var out []string
	for _, l := range strings.Split(spunData, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.Fields(l)[0])
		}
	}
	return out
}()

// reportVerbRe: a report tells of something done (开展, 举办, 启动 …).
var reportVerbRe = regexp.MustCompile(`开展|举办|举行|启动|召开|组织|部署|印发|发布|参加|出席|走进|宣传|检查`)

// onTopic reports whether a page is a report of a campaign activity: it names
// a campaign early or often, tells of something done in prose, is not a list
// of links or keywords, not a procurement notice, and is not a spun copy.
func onTopic(p *page, title, text string) bool {
	if p.campaign.name == "" {
		return false
	}
	if proseHan(text) < 60 || !reportVerbRe.MatchString(text) || isIndexLike(text) || isProcurement(title, text) {
		return false
	}
	if !p.namedInTitle && len(p.mentions) < 3 {
		if p.standing() || len(p.mentions) == 0 || p.d.sentenceIndex(p.mentions[0].start) > 5 {
			return false // named only in passing, deep in an unrelated document
		}
	}
	return !isSpun(title + "\n" + text)
}

// proseHan counts the Han characters of prose lines: lines of 20 or more Han
// characters that end sentences, not lists of keywords (a|b|c, a,b,c).
func proseHan(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		h := normalize.HanCount(l)
		if h >= 20 && strings.ContainsAny(l, "。；;！？!?") && strings.Count(l, "|") < 3 && !isKeywordList(l) {
			n += h
		}
	}
	return n
}

// isIndexLike reports whether most lines are short dated entries, as on a list
// or index page.
func isIndexLike(text string) bool {
	lines, dated := 0, 0
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines++
		if len([]rune(l)) < 60 && len(scanDates(l)) > 0 {
			dated++
		}
	}
	return dated >= 5 && 2*dated > lines
}

// isSpun reports whether text holds words that only synonym-spinning produces.
func isSpun(text string) bool {
	hits := 0
	for _, w := range spunWords {
		hits += strings.Count(text, w)
	}
	return hits >= 2
}

// isKeywordList reports whether a line is a list of keywords: six or more
// short items split by commas, bars or spaces, most of them sharing three
// characters (质量月活动方案,质量月活动总结,质量月主题口号,…). Clauses of prose
// are short too, but do not repeat one another.
func isKeywordList(l string) bool {
	items := strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune(",，_|/ ", r) })
	if len(items) < 6 {
		return false
	}
	shared := map[string]int{}
	for _, it := range items {
		rs := []rune(it)
		if len(rs) > 15 {
			return false
		}
		seen := map[string]bool{}
		for i := 0; i+3 <= len(rs); i++ {
			if g := string(rs[i : i+3]); !seen[g] {
				seen[g] = true
				shared[g]++
			}
		}
	}
	for _, n := range shared {
		if 5*n >= 3*len(items) {
			return true
		}
	}
	return false
}
