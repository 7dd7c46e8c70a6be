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

// onTopic decides whether a page is a report of a campaign activity and
// says why, in a line for the evidence map: it names a campaign early or
// often, tells of something done in prose, is not a list of links or
// keywords, not a procurement notice, not a spun or spliced copy.
func onTopic(p *page, in Input) (bool, string) {
	title, text := in.Title, in.Text
	if p.campaign.name == "" {
		return false, "no campaign named"
	}
	switch {
	case proseHan(text) < 60:
		return false, "too little prose"
	case !reportVerbRe.MatchString(text):
		return false, "no report verb (开展, 举办 …)"
	case isIndexLike(text):
		return false, "index page: mostly short dated lines"
	case isProcurement(title, text):
		return false, "procurement notice"
	}
	if !p.namedInTitle && len(p.mentions) < 3 {
		if p.standing() || len(p.mentions) == 0 || p.d.sentenceIndex(p.mentions[0].start) > 5 {
			return false, "campaign named only in passing" // deep in an unrelated document
		}
	}
	if k, ok := documentKind(title, text, strings.TrimPrefix(p.campaign.name, "全国")); ok {
		return false, "not a report: " + k.name + ": " + clip(k.cue, 60)
	}
	if len(in.Spliced) > 0 {
		return false, "spliced copy: fragments " + strings.Join(in.Spliced, "/") + " recur at clause edges"
	}
	if isSpun(title + "\n" + text) {
		return false, "spun copy: synonym-swapped words"
	}
	return true, "report: names " + p.campaign.name + " and tells of an activity"
}

// withTopic returns a copy of the evidence map with the on_topic decision's
// reason under "on_topic".
func withTopic(ev map[string]string, why string) map[string]string {
	out := make(map[string]string, len(ev)+1)
	for k, v := range ev {
		out[k] = v
	}
	out["on_topic"] = why
	return out
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

// clip cuts s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}
