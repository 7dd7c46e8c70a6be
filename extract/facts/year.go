package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// campaignYear finds the year a page states for its campaign: a year written
// shortly before a mention of the campaign (2022年全国“质量月”, 广西2021年“质量月”,
// 2024年10月14日是第五十五个“世界标准日”), the most frequent such year winning;
// failing that, the year of the page's own date. Ordinals (第22个) are not years.
func campaignYear(d *doc, title string, mentions, titleMentions []campaignMention, page day) (int, string) {
	votes := map[int]int{}
	firstAt := map[int]string{}
	var order []int
	tally := func(text string, years []yearMention, ms []campaignMention, weight int, sentence func(int) string) {
		for _, m := range ms {
			for i := len(years) - 1; i >= 0; i-- {
				y := years[i]
				if y.end > m.start {
					continue
				}
				gap := text[y.end:m.start]
				if n := utf8.RuneCountInString(gap); n <= 20 && sameSentence(gap) && !strings.Contains(gap, "每年") {
					w := weight
					if n <= 8 {
						w *= 2 // 2022年全国“质量月”: the year written right before the name
					}
					votes[y.year] += w
					if _, ok := firstAt[y.year]; !ok {
						firstAt[y.year] = sentence(m.start)
						order = append(order, y.year)
					}
				}
				break
			}
		}
	}
	if len(titleMentions) > 0 {
		tally(title, scanYears(title), titleMentions, 2, func(int) string { return title })
	}
	if len(mentions) > 0 {
		tally(d.text, d.allYears(), mentions, 1, d.sentenceAt)
	}
	best := 0
	for _, y := range order {
		if best == 0 || votes[y] > votes[best] {
			best = y
		}
	}
	if best != 0 {
		return best, firstAt[best]
	}
	// A dated event in a sentence that names the campaign states its year:
	// 2023年9月15日,县市场监管局在广场开展“质量月”宣传活动.
	for _, dm := range d.allDates() {
		if dm.kind != dateFull || isMetaDate(d, dm) {
			continue
		}
		s, e := d.sentenceStart(dm.start), d.sentenceEnd(dm.start)
		for _, m := range mentions {
			if m.start >= s && m.start < e {
				return dm.y, d.sentenceAt(dm.start)
			}
		}
	}
	// A year written before the name of a day, week or month of events
	// (宣城市2022年安全生产宣传咨询日活动, 代县2024年全国食品诚信安全宣传周活动):
	// the edition of the campaign's own event under a name the list lacks.
	// A plan or programme (2015年…工作方案) is not an edition.
	if y, sentence := eventNameYear(d); y != 0 {
		return y, sentence
	}
	if page.valid() {
		return page.y, ""
	}
	return 0, ""
}

// eventNameRe: a year, then a short name ending in 日, 周, 月 or 节 and 活动 or
// a quote (2022年“安全宣传咨询日”, 2024年全国食品诚信安全宣传周活动).
var eventNameRe = newPrefixRe(`^[“"「]?\p{Han}{2,14}(日|周|月|节)([”"」]|活动)`)

// eventNameYear returns the year written before an event's name, and its
// sentence, when every such year in the text is the same one.
func eventNameYear(d *doc) (int, string) {
	year, sentence := 0, ""
	for _, y := range d.allYears() {
		if !eventNameRe.MatchString(d.text[y.end:]) || sinceYear(d.text, y) {
			continue
		}
		if year != 0 && year != y.year {
			return 0, "" // two editions: which one is the page's cannot be told
		}
		if year == 0 {
			year, sentence = y.year, d.sentenceAt(y.start)
		}
	}
	return year, sentence
}

// sinceYear reports a year that starts a span (自2014年起, 2002——2013年):
// history, not an edition.
func sinceYear(text string, y yearMention) bool {
	before := strings.TrimRight(text[:y.start], " ")
	after := text[y.end:]
	return strings.HasSuffix(before, "自") || strings.HasSuffix(before, "从") ||
		strings.HasSuffix(before, "—") || strings.HasSuffix(before, "-") || strings.HasSuffix(before, "至") ||
		strings.HasPrefix(after, "起") || strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "开始")
}

// todayBannerRe: a site's banner giving the day of the visit (今天是:2025年12月02日),
// not the page's date.
var todayBannerRe = regexp.MustCompile(`^(今天是|今日是|今天|今日)\s*[:：]?\s*\d`)

// isTodayBanner reports whether a page-date line is a today banner.
func isTodayBanner(line string) bool { return todayBannerRe.MatchString(strings.TrimSpace(line)) }

// sameSentence reports whether s holds no sentence break.
func sameSentence(s string) bool {
	for _, r := range s {
		if isSentenceEnd(r) {
			return false
		}
	}
	return true
}
