package facts

import (
	"regexp"
	"time"
	"unicode/utf8"
)

// dateKind says how much of a date a mention writes.
type dateKind int

const (
	dateFull      dateKind = iota // year, month and day written
	dateMonthDay                  // month and day: the year comes from the page
	dateRelative                  // 昨天, 今天: an offset from the page's date
	dateThisMonth                 // 本月17号, 昨(9)日: a day of the page's month
)

// dateMention is one date written in the text.
type dateMention struct {
	start, end int // byte range of the whole mention, a range's end included
	kind       dateKind
	y, m, d    int  // y is 0 unless written; for dateRelative d is the offset in days
	hasTime    bool // a clock time follows (2021-09-08 13:42:42): a time stamp
	// rangeEnd is the closing day of a range (9月8日至14日), nil otherwise.
	rangeEnd *dateMention
}

const (
	reYear  = `((?:19|20)\d\d|[〇零一二][〇零一二三四五六七八九]{3})`
	reMonth = `(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`
	reDay   = `(3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])`
	reClock = `(?:\s*T?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`
)

var (
	cnDateRe = regexp.MustCompile(`(?:` + reYear + `\s*年\s*)?` + reMonth + `\s*月\s*` + reDay + `\s*[日号]` + reClock)
	// rangeTailRe continues a date into a range: 至14日, 到6月22日, -29日.
	// dayRangeRe is a range of days with one 日 at its end: 9月15-16日, 9月15至16日.
	dayRangeRe  = regexp.MustCompile(`(?:` + reYear + `\s*年\s*)?` + reMonth + `\s*月\s*` + reDay + `\s*(?:至|到|—|–|-|~|～|－)\s*` + reDay + `\s*[日号]`)
	rangeTailRe = regexp.MustCompile(`^\s*(?:至|到|—|–|-|~|～|－)\s*(?:` + reMonth + `\s*月\s*)?` + reDay + `\s*[日号]`)
	isoDateRe   = regexp.MustCompile(`((?:19|20)\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})` + reClock)
	dmyDateRe   = regexp.MustCompile(`(\d{1,2})([./])(\d{1,2})[./]((?:19|20)\d\d)` + reClock)
	relDateRe   = regexp.MustCompile(`(昨天|昨日|今天|今日|前天|明天|明日)(?:\s*[（(]\s*(\d{1,2})\s*日?\s*[)）])?|昨\s*[（(]\s*(\d{1,2})\s*[)）]\s*日|本月\s*` + reDay + `\s*[日号]`)
	clockRe     = regexp.MustCompile(`\d{1,2}[:：]\d{2}`)
)

var relOffsets = map[string]int{"前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1}

// chineseDate reads a match of cnDateRe or dayRangeRe: an optional year
// (group 1), the month (group 2) and the day (group 3).
func chineseDate(text string, m []int) dateMention {
	dm := dateMention{start: m[0], end: m[1], kind: dateMonthDay}
	if m[2] >= 0 {
		dm.kind = dateFull
		dm.y, _ = ParseNumber(text[m[2]:m[3]])
	}
	dm.m, _ = ParseNumber(text[m[4]:m[5]])
	dm.d, _ = ParseNumber(text[m[6]:m[7]])
	return dm
}

// chineseDateTail reads a match m of cnDateRe that lies in a run of
// cnDateChars ending at runEnd, and the range's end that follows it
// (至14日), which is made of those characters too and so ends in the run.
func chineseDateTail(text string, m []int, runEnd int) dateMention {
	dm := chineseDate(text, m)
	dm.hasTime = clockRe.MatchString(text[m[6]:m[1]])
	if t := rangeTailRe.FindStringSubmatchIndex(text[m[1]:runEnd]); t != nil {
		end := dateMention{start: m[1] + t[0], end: m[1] + t[1], kind: dm.kind, y: dm.y, m: dm.m}
		if t[2] >= 0 {
			end.m, _ = ParseNumber(text[m[1]+t[2] : m[1]+t[3]])
		}
		end.d, _ = ParseNumber(text[m[1]+t[4] : m[1]+t[5]])
		dm.rangeEnd = &end
		dm.end = end.end
	}
	return dm
}

// scanDates finds every date written in text, in order of position.
// Mentions overlapping an earlier, longer one are dropped.
func scanDates(text string) []dateMention {
	var all []dateMention
	runs := dateRuns(text, cnDateChars, "月") // the runs of both cnDateRe and dayRangeRe
	for _, run := range runs {
		for _, m := range findInRuns(cnDateRe, text, []span{run}) {
			if digitBefore(text, m[0]) {
				continue
			}
			all = append(all, chineseDateTail(text, m, run.end))
		}
	}
	for _, m := range findInRuns(dayRangeRe, text, runs) {
		if digitBefore(text, m[0]) {
			continue
		}
		dm := chineseDate(text, m)
		end := dateMention{start: m[6], end: m[1], kind: dm.kind, y: dm.y, m: dm.m}
		end.d, _ = ParseNumber(text[m[8]:m[9]])
		if end.d > dm.d && validDay(end) {
			dm.rangeEnd = &end
			all = append(all, dm)
		}
	}
	// Both numeric patterns need a separator, rarer than digits: their runs.
	numRuns := dateRuns(text, isoDateChars, "-/.")
	for _, m := range findInRuns(isoDateRe, text, numRuns) {
		if digitBefore(text, m[0]) || digitAfter(text, m[7]) {
			continue
		}
		dm := dateMention{start: m[0], end: m[1], kind: dateFull}
		dm.y, _ = ParseNumber(text[m[2]:m[3]])
		dm.m, _ = ParseNumber(text[m[4]:m[5]])
		dm.d, _ = ParseNumber(text[m[6]:m[7]])
		dm.hasTime = m[1] > m[7]
		all = append(all, dm)
	}
	for _, m := range findInRuns(dmyDateRe, text, numRuns) {
		if digitBefore(text, m[0]) {
			continue
		}
		a, _ := ParseNumber(text[m[2]:m[3]])
		b, _ := ParseNumber(text[m[6]:m[7]])
		dm := dateMention{start: m[0], end: m[1], kind: dateFull, d: a, m: b}
		if text[m[4]:m[5]] == "/" { // 4/22/2024 is month first
			dm.m, dm.d = a, b
		}
		dm.y, _ = ParseNumber(text[m[8]:m[9]])
		dm.hasTime = m[1] > m[9]
		all = append(all, dm)
	}
	for _, m := range findDates(relDateRe, text, relDateChars, "昨今前明本") {
		dm := dateMention{start: m[0], end: m[1]}
		switch {
		case m[2] >= 0:
			dm.kind = dateRelative
			dm.d = relOffsets[text[m[2]:m[3]]]
		case m[6] >= 0:
			dm.kind = dateThisMonth
			dm.d, _ = ParseNumber(text[m[6]:m[7]])
			dm.m = -1 // yesterday's day of month: may fall in the month before
		default:
			dm.kind = dateThisMonth
			dm.d, _ = ParseNumber(text[m[8]:m[9]])
		}
		all = append(all, dm)
	}
	return dropOverlaps(all)
}

func dropOverlaps(all []dateMention) []dateMention {
	// Sort by start, longer first, then keep mentions that do not overlap a kept one.
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && (all[j].start < all[j-1].start || all[j].start == all[j-1].start && all[j].end > all[j-1].end); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	var out []dateMention
	lastEnd := -1
	for _, dm := range all {
		if dm.start >= lastEnd && validDay(dm) {
			out = append(out, dm)
			lastEnd = dm.end
		}
	}
	return out
}

// validDay rejects impossible months and days (13月, 2月30日).
func validDay(dm dateMention) bool {
	if dm.kind == dateRelative {
		return true
	}
	if dm.d < 1 || dm.d > 31 || dm.kind != dateThisMonth && (dm.m < 1 || dm.m > 12) {
		return false
	}
	if dm.kind == dateFull {
		t := time.Date(dm.y, time.Month(dm.m), dm.d, 0, 0, 0, 0, time.UTC)
		return t.Day() == dm.d
	}
	return true
}

func digitBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isDigitRune(r)
}

func digitAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isDigitRune(r)
}

// yearMention is a year written as a year (2022年, 二〇二二年).
type yearMention struct {
	start, end int
	year       int
}

var yearRe = regexp.MustCompile(reYear + `\s*年`)

func scanYears(text string) []yearMention {
	var out []yearMention
	for _, m := range findDates(yearRe, text, cnDateChars, "年") {
		if digitBefore(text, m[0]) {
			continue
		}
		y, ok := ParseNumber(text[m[2]:m[3]])
		if ok && y >= 1900 && y <= 2100 {
			out = append(out, yearMention{m[0], m[1], y})
		}
	}
	return out
}
