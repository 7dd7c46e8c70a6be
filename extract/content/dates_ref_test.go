package content

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// findDateRef is findDate as it was: reDate run as a regular expression,
// reDateDMY on every line without another date, parts parsed by
// strconv.Atoi and formatted by fmt and time.Format. TestFindDateAsReference
// compares the two.
func findDateRef(s string) (foundDate, bool) {
	if !mayHoldDate(s) {
		return foundDate{}, false
	}
	if strings.Contains(s, "午") || strings.Contains(s, "晚") || strings.Contains(s, "早") || strings.Contains(s, "凌晨") {
		if m := reDateMeridiem.FindStringSubmatchIndex(s); m != nil {
			p := submatchesRef(s, m)
			h, _ := strconv.Atoi(p[5])
			if (p[4] == "下午" || p[4] == "晚上" || p[4] == "晚") && h < 12 {
				h += 12
			}
			return buildDateRef(p[1], p[2], p[3], strconv.Itoa(h), p[6], "", "", m[0], m[1])
		}
	}
	for _, m := range reDate.FindAllStringSubmatchIndex(s, 4) {
		p := submatchesRef(s, m)
		d, ok := buildDateRef(p[1], p[2], p[3], p[4], p[5], p[6], p[7], m[0], m[1])
		if !ok || m[0] > 0 && s[m[0]-1] >= '0' && s[m[0]-1] <= '9' {
			continue
		}
		rest := strings.TrimLeft(s[m[1]:], " 　\t")
		d.Narrated = strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") ||
			(rest != "" && !d.HasTime && isHanStart(rest) && !startsWithLabel(rest))
		return d, true
	}
	if m := reDateDMY.FindStringSubmatchIndex(s); m != nil {
		parts := submatchesRef(s, m)
		return buildDateRef(parts[3], parts[2], parts[1], parts[4], parts[5], parts[6], "", m[0], m[1])
	}
	return foundDate{}, false
}

func submatchesRef(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func buildDateRef(ys, ms, ds, hs, mins, ss, zone string, start, end int) (foundDate, bool) {
	y, _ := strconv.Atoi(ys)
	mo, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return foundDate{}, false
	}
	if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, cst); t.Day() != d {
		return foundDate{}, false
	}
	fd := foundDate{Start: start, End: end}
	if hs == "" {
		fd.ISO = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		return fd, true
	}
	h, _ := strconv.Atoi(hs)
	mi, _ := strconv.Atoi(mins)
	sec, _ := strconv.Atoi(ss)
	if h > 23 || mi > 59 || sec > 59 {
		fd.ISO = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		return fd, true
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, cst)
	if zone != "" {
		if loc, ok := parseZone(zone); ok {
			t = time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc).In(cst)
		}
	}
	fd.ISO = t.Format("2006-01-02T15:04:05-07:00")
	fd.HasTime = true
	return fd, true
}

// TestFindDateAsReference compares findDate with findDateRef on the labelled
// pages' lines and random lines of dates, clock times, zones (the ones that
// move a date across a year's end too), meridiems and day-first dates.
func TestFindDateAsReference(t *testing.T) {
	parts := append([]string{"下午", "晚", "凌晨", "星期一", "28.09.2016", "31.12.1999 23:59", ".20", "2100-12-31", "1990-01-01",
		"T23:59:59-12:00", "T00:00+14:00", "02-29", "2024-02-29", "2023-02-29", "，", "来源", "9月8日"}, dateParts...)
	lines := append(corpusLines(t), randomLines(41, 200000, 10, parts)...)
	found, timed := 0, 0
	for _, s := range lines {
		got, gok := findDate(s)
		want, wok := findDateRef(s)
		if got != want || gok != wok {
			t.Fatalf("findDate(%q) = %+v %v, reference %+v %v", s, got, gok, want, wok)
		}
		if wok {
			found++
			if want.HasTime {
				timed++
			}
		}
	}
	if found < 5000 || timed < 500 {
		t.Fatalf("only %d dates, %d with a time: the inputs miss the point", found, timed)
	}
}

// FuzzFindDate compares findDate with findDateRef on any text.
func FuzzFindDate(f *testing.F) {
	for _, s := range []string{"2021-09-08 13:42:42", "2024年5月22日週三 上午8:21", "28.09.2016 16:36", "2100-12-31T23:59:59-12:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gok := findDate(s)
		want, wok := findDateRef(s)
		if got != want || gok != wok {
			t.Fatalf("findDate(%q) = %+v %v, reference %+v %v", s, got, gok, want, wok)
		}
	})
}
