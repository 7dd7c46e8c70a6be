package content

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A date as pages print it: 2021-09-08, 2021/9/8, 2021.09.08, 2021年9月8日,
// optionally followed by a time 13:42 or 13:42:42 (or 13时42分, 21時40分,
// 23時05分11秒, 10点05), or an ISO 8601 stamp with a zone.
var reDate = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?` +
	`(?:(?:\s*|T)(\d{1,2})\s*[:：时時点點]\s*(\d{2})(?:\s*(?:[:：]|分)\s*(\d{2}))?(?:\s*[分秒])?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)

// reDateMeridiem is the 12-hour form, with or without a weekday, some sites
// print: 2024年5月22日週三 上午8:21, 2024年5月20日 星期一 下午2:05,
// 2013-04-08 晚8:00.
var reDateMeridiem = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})日?\s*(?:星期.|週.|周.)?\s*(上午|下午|中午|晚上|早上|凌晨|晚|早)\s*(\d{1,2})\s*[:：点點时時]\s*(\d{2})`)

// reDateDMY is the day-first form some sites print: 28.09.2016 16:36.
var reDateDMY = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)

// mayHoldDate reports whether s holds a year, 19 or 20 and two more ASCII
// digits: every date pattern needs one, so a text without one holds no date.
func mayHoldDate(s string) bool { return hasYear(s, "20") || hasYear(s, "19") }

// hasYear reports whether s holds century followed by two ASCII digits.
func hasYear(s, century string) bool {
	for {
		i := strings.Index(s, century)
		if i < 0 {
			return false
		}
		if i+3 < len(s) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
		s = s[i+1:]
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// cst is China Standard Time, the zone of every date these pages print.
var cst = time.FixedZone("CST", 8*3600)

// foundDate is a date found in text, with its position.
type foundDate struct {
	ISO      string
	HasTime  bool
	Start    int
	End      int
	Compact  bool // written without separators, as in a URL
	Narrated bool // followed by running text, as in "9月8日，…"
}

// findDate returns the first plausible date in s.
func findDate(s string) (foundDate, bool) {
	if !mayHoldDate(s) {
		return foundDate{}, false
	}
	if strings.Contains(s, "午") || strings.Contains(s, "晚") || strings.Contains(s, "早") || strings.Contains(s, "凌晨") {
		if m := reDateMeridiem.FindStringSubmatchIndex(s); m != nil {
			p := submatches(s, m)
			h, _ := strconv.Atoi(p[5])
			if (p[4] == "下午" || p[4] == "晚上" || p[4] == "晚") && h < 12 {
				h += 12
			}
			return buildDate(p[1], p[2], p[3], strconv.Itoa(h), p[6], "", "", m[0], m[1])
		}
	}
	var buf [4][16]int
	for _, m := range dateMatches(s, 4, buf[:0]) { // reDate.FindAllStringSubmatchIndex(s, 4)
		if d, ok := dateFromMatch(s, m[:]); ok {
			return d, true
		}
	}
	if mayHoldDMY(s) {
		m := reDateDMY.FindStringSubmatchIndex(s)
		if m == nil {
			return foundDate{}, false
		}
		parts := submatches(s, m)
		return buildDate(parts[3], parts[2], parts[1], parts[4], parts[5], parts[6], "", m[0], m[1])
	}
	return foundDate{}, false
}

func dateFromMatch(s string, m []int) (foundDate, bool) {
	p := submatches(s, m)
	d, ok := buildDate(p[1], p[2], p[3], p[4], p[5], p[6], p[7], m[0], m[1])
	if !ok {
		return d, false
	}
	// A digit right before the year means the match is inside a longer number.
	if m[0] > 0 && s[m[0]-1] >= '0' && s[m[0]-1] <= '9' {
		return d, false
	}
	rest := strings.TrimLeft(s[m[1]:], " 　\t")
	d.Narrated = strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") ||
		(rest != "" && !d.HasTime && isHanStart(rest) && !startsWithLabel(rest))
	return d, true
}

func submatches(s string, m []int) (out [8]string) {
	for i := range len(m) / 2 {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// buildDate validates the parts and renders them as ISO 8601 in +08:00.
func buildDate(ys, ms, ds, hs, mins, ss, zone string, start, end int) (foundDate, bool) {
	y, mo, d := atoiDigits(ys), atoiDigits(ms), atoiDigits(ds)
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return foundDate{}, false
	}
	if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, cst); t.Day() != d {
		return foundDate{}, false
	}
	fd := foundDate{Start: start, End: end}
	if hs == "" {
		fd.ISO = isoDay(y, mo, d)
		return fd, true
	}
	h, mi, sec := atoiDigits(hs), atoiDigits(mins), atoiDigits(ss)
	if h > 23 || mi > 59 || sec > 59 {
		fd.ISO = isoDay(y, mo, d)
		return fd, true
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, cst)
	if zone != "" {
		if loc, ok := parseZone(zone); ok {
			t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc).In(cst)
		}
	}
	fd.ISO = isoCST(t)
	fd.HasTime = true
	return fd, true
}

func parseZone(z string) (*time.Location, bool) {
	if z == "Z" {
		return time.UTC, true
	}
	z = strings.ReplaceAll(z, ":", "")
	if len(z) != 5 {
		return nil, false
	}
	h, err1 := strconv.Atoi(z[1:3])
	m, err2 := strconv.Atoi(z[3:5])
	if err1 != nil || err2 != nil {
		return nil, false
	}
	off := h*3600 + m*60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone("", off), true
}

func isHanStart(s string) bool {
	for _, r := range s {
		return r >= 0x4E00 && r <= 0x9FFF
	}
	return false
}

// startsWithLabel reports text that begins a metadata label rather than a sentence.
func startsWithLabel(s string) bool {
	for _, p := range []string{"来源", "來源", "作者", "编辑", "編輯", "责任", "責任", "发布", "發布", "星期", "周", "浏览", "点击", "阅读", "字号", "信息来源", "文章来源", "稿源", "出处"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
