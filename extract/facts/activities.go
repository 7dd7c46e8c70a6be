package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// quoted is one quoted name: “提质强企”, 「企业家讲质量」, or ‘…’ inside another quote.
type quoted struct {
	start, end int // byte range including the quote marks
	inner      string
	nested     []quoted // quotes inside this one
}

var quotePairs = map[rune]rune{'“': '”', '「': '」', '『': '』', '‘': '’'}

const maxQuoteRunes = 60

// scanQuotes finds the top-level quotes of text[from:to], each with the quotes
// nested inside it. An opening mark with no closing mark within 60 runes on
// the same line is skipped.
func scanQuotes(text string, from, to int) []quoted {
	var out []quoted
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		closer, ok := quotePairs[r]
		if !ok {
			i += size
			continue
		}
		end := findCloser(text, i+size, to, r, closer)
		if end < 0 {
			i += size
			continue
		}
		q := quoted{start: i, end: end + utf8.RuneLen(closer), inner: text[i+size : end]}
		q.nested = scanQuotes(text, i+size, end)
		out = append(out, q)
		i = q.end
	}
	return out
}

// findCloser returns the offset of the mark closing an opener, allowing nesting.
func findCloser(text string, from, to int, opener, closer rune) int {
	depth, n := 0, 0
	for i, r := range text[from:to] {
		if n++; n > maxQuoteRunes || r == '\n' {
			return -1
		}
		switch r {
		case closer:
			if depth == 0 {
				return from + i
			}
			depth--
		case opener:
			depth++
		}
	}
	return -1
}

// activityFilter says which quoted names are not activities of this page.
type activityFilter struct {
	isCampaign func(string) bool
	// knownCampaign reports whether a name is any campaign of the data file
	// (低碳日 joined to 节能宣传周 by 暨 is a campaign, not an activity).
	knownCampaign func(string) bool
	theme         string
	// campaign is the page's campaign name (质量月, 全国防灾减灾日).
	campaign string
}

// campaignLike reports whether a name is the page's campaign in other words:
// a part of its name standing for it (“宣传周” on a page of 知识产权宣传周,
// “防灾减灾” on one of 防灾减灾日), or its name with a place, a year or an
// ordinal before it (2024年某区食品安全宣传周活动, 广泛开展全国第21个安全生产月活动).
func (f activityFilter) campaignLike(name string) bool {
	c := strings.TrimPrefix(f.campaign, "全国")
	if c != "" && name != c && utf8.RuneCountInString(name) >= 2 &&
		(strings.HasPrefix(c, name) || strings.HasSuffix(c, name)) {
		return true
	}
	core := strings.TrimSuffix(strings.TrimSuffix(name, "活动"), "系列")
	for i := range core {
		if i > 0 && utf8.RuneCountInString(core[i:]) >= 3 && f.isCampaign(core[i:]) {
			return true
		}
	}
	return false
}

func (f activityFilter) keep(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 25 || strings.ContainsAny(name, "。！？；;!?") || !hasHan(name) {
		return false
	}
	if numberedNameRe.MatchString(name) || f.isCampaign(name) || name == f.theme || f.campaignLike(name) {
		return false
	}
	if thingEndRe.MatchString(name) {
		return false
	}
	if rest := datePrefixRe.ReplaceAllString(name, ""); rest != name && f.isCampaign(rest) {
		return false
	}
	return true
}

// isSlogan reports whether a name exhorts or describes rather than names an activity.
func isSlogan(name string) bool { return sloganRe.MatchString(name) || adjectiveRe.MatchString(name) }

// headAfter reports whether the text following a name gives it the head word of an activity.
func headAfter(after string) bool {
	m := headAfterRe.FindStringSubmatch(prefixRunes(after, 12))
	return m != nil && !badGapRe.MatchString(m[1])
}

// inMixedList reports whether the quote q is an item of a list joined by 、
// that ends in 等…活动 later in the sentence: an item after 、, or the first
// item right after 开展/举办.
func inMixedList(d *doc, q quoted, to int) bool {
	end := min(to, d.sentenceEnd(q.start))
	if end <= q.end {
		return false
	}
	before := d.text[d.sentenceStart(q.start):q.start]
	if !strings.HasSuffix(before, "、") && !heldBeforeRe.MatchString(before) {
		return false // the first item of a list, after a verb other than 开展/举办: 签署“…协议”、…
	}
	m := mixedListRe.FindStringSubmatch(d.text[q.end:end])
	return m != nil && !badGapRe.MatchString(m[1])
}

// activityAfter reports whether the text following a quoted name marks it as an activity.
func activityAfter(after string) bool {
	m := activityAfterRe.FindStringSubmatch(prefixRunes(after, 12))
	if m != nil && !badGapRe.MatchString(m[1]) {
		return true
	}
	m = longGapRe.FindStringSubmatch(prefixRunes(after, 20))
	return m != nil && !badGapRe.MatchString(m[1]) && !badLongGapRe.MatchString(m[1])
}

// named is an activity name and where it was read.
type named struct {
	name string
	at   int
}

// findActivities returns the named activities of text[from:to] in page order:
// quoted names that a following word marks as an activity (活动, 行动, 大赛…),
// names ending in an activity word (…行动, …宣传周) that stand alone, every name
// of a list that ends in an activity word, and names joined to the campaign by 暨.
func findActivities(d *doc, from, to int, f activityFilter, ms []campaignMention) []named {
	var out []named
	qs := scanQuotes(d.text, from, to)
	enumerated := heldEnumeration(d, qs, from, to)
	for i := 0; i < len(qs); {
		j := i + 1
		for j < len(qs) && chainLinkRe.MatchString(d.text[qs[j-1].end:qs[j].start]) {
			j++
		}
		listIsActivity := activityAfter(d.text[qs[j-1].end:to]) || mostlyActivities(d, qs[i:j], to, f) ||
			heldBeforeRe.MatchString(d.text[max(from, qs[i].start-12):qs[i].start]) && standAloneAfterRe.MatchString(d.text[qs[j-1].end:to])
		joined := participateBeforeRe.MatchString(d.text[max(from, qs[i].start-18):qs[i].start]) &&
			standAloneAfterRe.MatchString(d.text[qs[j-1].end:to])
		for k := i; k < j; k++ {
			held := listIsActivity || enumerated[qs[k].start] || inMixedList(d, qs[k], to) || joined && len(qs[k].nested) == 0 && !isSlogan(strings.TrimSpace(qs[k].inner))
			out = append(out, quotedActivities(d, qs[k], d.text[qs[k].end:to], held, f)...)
		}
		i = j
	}
	out = append(out, jointActivities(d, ms, from, to, f)...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].at < out[b].at })
	seen := map[string]bool{}
	var uniq []named
	for _, a := range out {
		if !seen[a.name] {
			seen[a.name] = true
			uniq = append(uniq, a)
		}
	}
	return uniq
}

// mostlyActivities reports whether a list of three or more quoted names is
// mostly names that are activities on their own: then all of them are.
func mostlyActivities(d *doc, list []quoted, to int, f activityFilter) bool {
	if len(list) < 3 {
		return false
	}
	n := 0
	for _, q := range list {
		if len(quotedActivities(d, q, d.text[q.end:to], false, f)) > 0 {
			n++
		}
	}
	return 2*n > len(list)
}

// quotedActivities judges one quoted name; a name holding quotes is a
// description, so the quotes inside it are judged instead.
func quotedActivities(d *doc, q quoted, after string, listIsActivity bool, f activityFilter) []named {
	if len(q.nested) > 0 {
		var out []named
		for _, n := range q.nested {
			rest := d.text[n.end:q.end]
			rest = rest[:len(rest)-len(string(lastRune(rest)))]
			if rest == "" {
				rest = after
			}
			out = append(out, quotedActivities(d, n, rest, activityAfter(rest), f)...)
		}
		return out
	}
	name := strings.TrimSpace(q.inner)
	if !f.keep(name) {
		return nil
	}
	alone := standAloneAfterRe.MatchString(after)
	ok := listIsActivity || activityAfter(after) || strongSuffixRe.MatchString(name) || tourRe.MatchString(name) || programmeRe.MatchString(name) ||
		weakSuffixRe.MatchString(name) && alone ||
		!isSlogan(name) && (headAfter(after) || headSuffixRe.MatchString(name) && alone)
	if !ok {
		return nil
	}
	return []named{{name, q.start}}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// jointRe reads the activity joined to a campaign by 暨: 质量月暨质量开放日活动.
// A campaign joined so (节能宣传周暨低碳日活动) is a second campaign, not an activity.
var jointRe = regexp.MustCompile(`^[”」]?暨(\p{Han}{2,14}?)(?:系列)?活动`)

func jointActivities(d *doc, ms []campaignMention, from, to int, f activityFilter) []named {
	var out []named
	for _, m := range ms {
		if m.start < from || m.end > to {
			continue
		}
		if j := jointRe.FindStringSubmatch(d.text[m.end:to]); j != nil && f.keep(j[1]) && !f.knownCampaign(j[1]) {
			out = append(out, named{j[1], m.end})
		}
	}
	return out
}
