// Package urldate reads the publication day a URL's path names
// (/2021-09/08/, /2021/0908/, /20210908/, t20210908_, 2024_09_15). It is the
// one owner of that rule: the crawler dates list links with it and content
// extraction falls back on it for a page's published date.
package urldate

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// re finds a year (1900–2099), month and day, each optionally separated by
// -, / or _, after the start, a slash, an underscore or a "t" (TRS's
// t20210908_ names), and followed by a separator, a dot or the end.
var re = regexp.MustCompile(`(?:^|[/_t])((?:19|20)\d{2})[-_/]?(\d{2})[-_/]?(\d{2})(?:[/_.]|$)`)

// Find returns the day named in u as YYYY-MM-DD, or "" when u names none.
// Years before 1990 or after 2100 and days that do not exist (2023-02-30)
// are not dates.
func Find(u string) string {
	m := re.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}
