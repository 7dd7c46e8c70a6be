package facts

import (
	"strings"
	"time"
)

// day is a calendar day.
type day struct{ y, m, d int }

func (t day) valid() bool { return t.y > 0 }

func (t day) String() string {
	return time.Date(t.y, time.Month(t.m), t.d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

func (t day) addDays(n int) day {
	x := time.Date(t.y, time.Month(t.m), t.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return day{x.Year(), int(x.Month()), x.Day()}
}

// parseDay reads the day of an ISO 8601 time or date ("2021-09-08T13:42:42+08:00").
func parseDay(s string) day {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return day{}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return day{}
	}
	return day{t.Year(), int(t.Month()), t.Day()}
}

// resolve turns a mention into a calendar day given the page's year and date;
// ok is false when the year or the page date needed is unknown.
func (dm dateMention) resolve(year int, page day) (day, bool) {
	switch dm.kind {
	case dateFull:
		return day{dm.y, dm.m, dm.d}, true
	case dateMonthDay:
		if year == 0 {
			return day{}, false
		}
		return day{year, dm.m, dm.d}, validDay(dateMention{kind: dateFull, y: year, m: dm.m, d: dm.d})
	case dateRelative:
		if !page.valid() {
			return day{}, false
		}
		return page.addDays(dm.d), true
	case dateThisMonth:
		if !page.valid() {
			return day{}, false
		}
		t := day{page.y, page.m, dm.d}
		if dm.m == -1 && dm.d > page.d { // 昨(30)日 written on the 1st
			t = page.addDays(-page.d)
			t.d = dm.d
		}
		return t, validDay(dateMention{kind: dateFull, y: t.y, m: t.m, d: t.d})
	}
	return day{}, false
}
