package facts

import (
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
	tally := func(text string, ms []campaignMention, weight int, sentence func(int) string) {
		years := scanYears(text)
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
	tally(title, titleMentions, 2, func(int) string { return title })
	tally(d.text, mentions, 1, d.sentenceAt)
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
	if page.valid() {
		return page.y, ""
	}
	return 0, ""
}

// sameSentence reports whether s holds no sentence break.
func sameSentence(s string) bool {
	for _, r := range s {
		if isSentenceEnd(r) {
			return false
		}
	}
	return true
}
