package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// heldVerbRe introduces what a body holds or offers: 开展, 组织开展, 举办, 推出…
var heldVerbRe = regexp.MustCompile(`开展|举办|举行|推出|启动|组织`)

// clauseEndRe ends the clause a held verb governs.
var clauseEndRe = regexp.MustCompile(`[，,。；;！？!?：:\n]`)

// parallelRe marks a quoted phrase made of parallel parts (进校园、进社区;
// 人人讲安全 个个会应急): a slogan or a list of places, not one name.
var parallelRe = regexp.MustCompile(`[，,、\s]`)

// itemEndRe follows a name that is a whole item of an enumeration, not a
// word qualifying the item (“皖美”品牌示范企业评价认定): the next item, 等,
// a conjunction, or a dash or dot before the item's description (“验·食安”——发布…).
var itemEndRe = regexp.MustCompile(`^(?:$|[、，,。；;“「]|等|及|和|与|以及|—|·|\n)`)

// themeFrameRe follows a name framed as a theme, not an activity: 以“…”为主题, 以“…”为指引.
var themeFrameRe = regexp.MustCompile(`^\s*为`)

// heldEnumeration returns the starts of the quoted names that are items of
// an enumeration of what was held: the clause after 开展/举办/推出… (up to the
// next comma or full stop) that holds two or more quoted names, as in
// 开展“亮屏”“五进”·质量微宣讲、“品牌故事”“大家谈”等微视频展播 or
// 开展“验·食安”——“你点我检”“你送我检”、“辨·食安”——发布短视频. A name
// there that is a whole item (itemEndRe follows it) is an activity whatever
// its wording (an exhortation such as “争做安全吹哨人” is the item's name);
// names made of parallel parts, adjectives (“一站式”) and names framed as a
// theme (以“…”为主题) are not.
func heldEnumeration(d *doc, qs []quoted, from, to int) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(qs); {
		// a clause is short: read at most 80 runes back for the verb and
		// 200 forward for its end (a page of one endless sentence stays linear)
		back := runeStart(d.text, max(from, d.sentenceStart(qs[i].start), qs[i].start-3*80))
		if lastHeldVerb(d.text[back:qs[i].start]) < 0 {
			i++
			continue
		}
		end := runeStart(d.text, min(to, qs[i].end+3*200))
		if m := clauseEndRe.FindStringIndex(d.text[qs[i].end:end]); m != nil {
			end = qs[i].end + m[0]
		}
		j := i
		for j < len(qs) && qs[j].start < end {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; {
				// a chain of quotes (“A”“B”) is one item or a run of items:
				// they stand alone when the last one does
				c := k + 1
				for c < j && chainLinkRe.MatchString(d.text[qs[c-1].end:qs[c].start]) {
					c++
				}
				if itemEndRe.MatchString(d.text[qs[c-1].end:to]) {
					for _, q := range qs[k:c] {
						name := strings.TrimSpace(q.inner)
						if len(q.nested) == 0 && !parallelRe.MatchString(name) && !adjectiveRe.MatchString(name) &&
							!themeFrameRe.MatchString(d.text[q.end:to]) {
							out[q.start] = true
						}
					}
				}
				k = c
			}
		}
		i = max(j, i+1)
	}
	return out
}

// runeStart moves a byte offset of s forward to the start of a rune.
func runeStart(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// lastHeldVerb returns the offset of the last held verb in before that no
// clause end follows, or -1.
func lastHeldVerb(before string) int {
	ms := heldVerbRe.FindAllStringIndex(before, -1)
	if ms == nil {
		return -1
	}
	at := ms[len(ms)-1][1]
	if clauseEndRe.MatchString(before[at:]) {
		return -1
	}
	return at
}
