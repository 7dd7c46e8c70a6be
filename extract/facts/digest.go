package facts

import (
	"regexp"
	"strings"
)

// bylineRe is a line that closes one report of a digest: (徐东周), (张勇 李辉),
// (记者 周伟).
var bylineRe = regexp.MustCompile(`^[（(](?:记者|通讯员|作者)?[:：/\s]*\p{Han}{2,4}(?:[\s　、，,]+\p{Han}{2,4}){0,3}[)）]$`)

// digestParts splits a digest page into its reports, each closed by a byline
// line (not a photo credit such as (张三摄)). It returns nil when the page is not a digest: fewer than three
// reports, or reports too short to be reports.
func digestParts(d *doc) []span {
	var parts []span
	start := 0
	off := 0
	for _, line := range strings.SplitAfter(d.text, "\n") {
		if l := strings.TrimSpace(line); bylineRe.MatchString(l) && !strings.ContainsAny(l, "摄图") {
			parts = append(parts, span{start, off})
			start = off + len(line)
		}
		off += len(line)
	}
	if len(parts) < 3 {
		return nil
	}
	for _, p := range parts {
		if hanCount(d.text[p.start:p.end]) < 60 {
			return nil
		}
	}
	return parts
}
