package facts

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
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
// a campaign, tells of something done, has some prose, and is not a spun copy.
func onTopic(campaign string, title, text string) bool {
	if campaign == "" {
		return false
	}
	if hanCount(text) < 60 || !reportVerbRe.MatchString(text) {
		return false
	}
	return !isSpun(title + "\n" + text)
}

// isSpun reports whether text holds words that only synonym-spinning produces.
func isSpun(text string) bool {
	hits := 0
	for _, w := range spunWords {
		hits += strings.Count(text, w)
	}
	return hits >= 2
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
