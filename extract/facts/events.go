package facts

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// metaLabelRe marks a line of page metadata (发布时间: 2024-09-18, 来源: …):
// dates on such lines are when the page was issued, not campaign events.
var metaLabelRe = regexp.MustCompile(`(来源|发布时间|发布日期|发布于|发文日期|成文日期|印发日期|时间|日期|作者|浏览|点击|编辑|更新)\s*[:：]`)

// hasMetaLabel returns metaLabelRe.MatchString(line), running the pattern
// only over lines with a colon, as its matches end in one.
func hasMetaLabel(line string) bool {
	return (strings.Contains(line, ":") || strings.Contains(line, "：")) && metaLabelRe.MatchString(line)
}

// reSpace is the white space \s of the patterns.
const reSpace = "\t\n\f\r "

// datelineAfter reports whether s follows the date of a news dateline
// (9月5日讯, 北京9月5日电): it matches ^\s*[)）]?\s*(?:电|讯|消息), white
// space, a closing parenthesis or none, white space, then 电, 讯 or 消息 (the
// parts share no character, so skipping each in turn finds the only match).
func datelineAfter(s string) bool {
	s = strings.TrimLeft(s, reSpace)
	if t := strings.TrimPrefix(s, ")"); t != s {
		s = t
	} else {
		s = strings.TrimPrefix(s, "）")
	}
	s = strings.TrimLeft(s, reSpace)
	return strings.HasPrefix(s, "电") || strings.HasPrefix(s, "讯") || strings.HasPrefix(s, "消息")
}

// definitionAfter reports whether s follows a month-day that names a
// recurring day (4月26日是世界知识产权日): it matches ^\s*(?:是|为|定为).
func definitionAfter(s string) bool {
	s = strings.TrimLeft(s, reSpace)
	return strings.HasPrefix(s, "是") || strings.HasPrefix(s, "为") || strings.HasPrefix(s, "定为")
}

// genericBeforeRe precedes a date that recurs (每年5月20日), which is no event.
var genericBeforeRe = regexp.MustCompile(`(每年|每年的|每月|每逢)\s*$`)

// isMetaDate reports whether a date sits in page metadata: a time stamp, a
// labelled line, or a line that holds little else.
func isMetaDate(d *doc, dm dateMention) bool {
	if dm.hasTime || d.inList(dm.start) {
		return true
	}
	line := d.lineAt(dm.start)
	if len(line) > 600 {
		return false // metadata lines are short
	}
	if hasMetaLabel(line) {
		return true
	}
	rest := strings.Replace(line, d.text[dm.start:dm.end], "", 1)
	han := 0
	for _, r := range rest {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return han < 6
}

func isDateline(d *doc, dm dateMention) bool { return datelineAfter(d.text[dm.end:]) }

// pageDay is the page's own date: the published time when known, else the
// first time stamp in the text, else a news dateline read in year. line is
// the line of text it was read from, "" for the published time.
func pageDay(d *doc, published string, dates []dateMention, year int) (t day, line string) {
	if t := parseDay(published); t.valid() {
		return t, ""
	}
	for _, dm := range dates {
		if dm.kind == dateFull && isMetaDate(d, dm) && !d.inList(dm.start) {
			return day{dm.y, dm.m, dm.d}, strings.TrimSpace(d.lineAt(dm.start))
		}
	}
	for _, dm := range dates {
		if isDateline(d, dm) {
			if t, ok := dm.resolve(year, day{}); ok {
				return t, d.sentenceAt(dm.start)
			}
		}
	}
	return day{}, ""
}

// eventDates returns the sorted, distinct days of campaign events written in
// the byte range [from, to) of d: dates of the campaign's year that are not
// page metadata, datelines, recurring days or history.
//
// own reports whether a name is the page's campaign: a month-day defined as
// the Nth of the page's own day (2024年5月20日是第25个“世界计量日”) is its event;
// one defined as another day (4月26日是第十一个“世界知识产权日” on a page of the
// 知识产权宣传周) is not, unless activities are held that day.
func eventDates(d *doc, dates []dateMention, from, to, year int, page day, own func(string) bool, ev evidence) []string {
	seen := map[string]bool{}
	var out []string
	add := func(t day, at int) {
		if s := t.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
			ev.set(itemKey("event_dates", s), d.sentenceAt(at))
		}
	}
	for _, dm := range dates {
		if dm.start < from || dm.start >= to || isMetaDate(d, dm) || isDateline(d, dm) {
			continue
		}
		if genericBeforeRe.MatchString(d.text[max(0, dm.start-12):dm.start]) {
			continue
		}
		if dm.kind == dateMonthDay && dm.rangeEnd == nil && definitionAfter(d.text[dm.end:]) &&
			(!strings.Contains(prefixRunes(d.text[dm.end:], 12), "第") || definesOther(d.text[dm.end:], own)) &&
			!inPeriod(d, dates, dm, from, to) && !heldThatDay(d, dm, to) {
			continue
		}
		if reportingRe.MatchString(d.text[dm.end:]) {
			continue // 3月12日，笔者从市局获悉: when the news was learnt
		}
		if dm.kind == dateFull && year != 0 && dm.y != year {
			continue // history (始于1978年) or another year's event
		}
		y := year
		if dm.kind == dateMonthDay && year != 0 {
			y += relativeYear(d.text[max(0, dm.start-9):dm.start])
		}
		t, ok := dm.resolve(y, page)
		if !ok || y != year {
			continue // 去年9月1日: another year's event
		}
		add(t, dm.start)
		if dm.rangeEnd != nil {
			if e, ok := dm.rangeEnd.resolve(t.y, page); ok {
				add(e, dm.start)
			}
		}
	}
	sort.Strings(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// inPeriod reports whether a month-day that names a day (6月15日为全国低碳日)
// falls inside a period of the campaign written in [from, to) before it
// (宣传周自6月13日至19日举办): then the day is held within the campaign.
// Recurring periods (每年4月20日至26日) do not count.
func inPeriod(d *doc, dates []dateMention, dm dateMention, from, to int) bool {
	for _, r := range dates {
		if r.rangeEnd == nil || r.start < from || r.start >= dm.start || r.end > to ||
			genericBeforeRe.MatchString(d.text[max(0, r.start-12):r.start]) {
			continue
		}
		endM := r.rangeEnd.m
		if endM == 0 {
			endM = r.m
		}
		if r.m*100+r.d <= dm.m*100+dm.d && dm.m*100+dm.d <= endM*100+r.rangeEnd.d {
			return true
		}
	}
	return false
}

// ordinalDayRe reads the day a month-day is defined as: 是第十一个“世界知识产权日”.
var ordinalDayRe = regexp.MustCompile(`^\s*(?:是|为|定为)第[^个届]{1,5}[个届]\s*[“「]?([^“”「」，,。；;\s]{2,20}?)[”」]?(?:[，,。；;\s]|$)`)

// definesOther reports whether the words after a month-day define it as the
// Nth of a day other than the page's campaign.
func definesOther(after string, own func(string) bool) bool {
	m := ordinalDayRe.FindStringSubmatch(prefixRunes(after, 30))
	return m != nil && !own(m[1])
}

// reportingRe follows the day a reporter learnt the news, which is no event:
// 3月12日，记者从市市场监管局获悉.
var reportingRe = regexp.MustCompile(`^\s*[，,]?\s*(?:本报)?(?:记者|笔者|通讯员)?从[^。！？；;，,]{1,24}?(?:获悉|了解到|得知)`)

// thatDayRe says activities are held on a day just defined: 当天…开展,
// 届时将举办.
var thatDayRe = regexp.MustCompile(`(?:当天|当日|这一天|这天|届时|同日)[^。！？；]{0,60}?` + heldVerbs)

// syncRe says, in the defining sentence itself, that activities are held
// together that day: 6月16日为…咨询日,各地将同步组织咨询活动.
var syncRe = regexp.MustCompile(`(?:同步|同时|统一)` + heldVerbs)

const heldVerbs = `(?:开展|举办|举行|组织|启动|集中|开放)`

// heldThatDay reports whether a defined day (6月16日为全国“安全宣传咨询日”)
// is held as an event: the rest of its sentence, or the next sentence
// within to, says activities take place that day.
func heldThatDay(d *doc, dm dateMention, to int) bool {
	end := d.sentenceEnd(dm.start)
	if rest := d.text[dm.end:end]; thatDayRe.MatchString(rest) || syncRe.MatchString(rest) {
		return true
	}
	if i := d.sentenceIndex(dm.start); i >= 0 && i+1 < len(d.spans()) && d.spans()[i+1].end <= to {
		next := d.spans()[i+1]
		return thatDayRe.MatchString(d.text[next.start:next.end])
	}
	return false
}

// relativeYearRe ends the words before a month-day that place it in another year.
var relativeYearRe = regexp.MustCompile(`(去年|前年|明年|上年|来年)\s*$`)

// relativeYear returns the offset in years that the words before a
// month-day give it: 去年9月1日 is a year before the page's.
func relativeYear(before string) int {
	switch relativeYearRe.FindString(before) {
	case "":
		return 0
	case "明年", "来年":
		return 1
	case "前年":
		return -2
	}
	return -1
}

// prefixRunes returns the first n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
