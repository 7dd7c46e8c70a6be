package place

import (
	"regexp"
	"strings"
)

// wireDatelineRe is the dateline of a wire dispatch: the medium, the place it
// was filed in and the day, closed by 电 (新华社北京4月15日电, 人民网北京9月1日电,
// 中新网四川新闻3月15日电). The place group is where the wire was filed; a
// local paper's 讯 (本报讯, 某某日报讯) is not a dispatch.
var wireDatelineRe = regexp.MustCompile(`^[\s　]*\p{Han}{1,8}?(?:社|网|台|报)(?:记者)?[\s　]*` +
	`(\p{Han}{2,8}?)?[\s　]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[\s　]*电`)

// filedAt returns the byte range of the place a wire dispatch was filed in
// when s opens with its dateline, else (0, 0). That place is where the
// agency's reporter sent the wire from (its head office for a national
// round-up), not the region the dispatch reports on.
func filedAt(s string) (start, end int) {
	m := wireDatelineRe.FindStringSubmatchIndex(s)
	if m == nil || m[2] < 0 {
		return 0, 0
	}
	return m[2], m[3]
}

// tokenOffsets returns the byte offset in s of each token of toks, the
// segmenter's cut of s; a token not found after the previous one gets the
// offset where the search stood.
func tokenOffsets(s string, toks []string) []int {
	out := make([]int, len(toks))
	off := 0
	for j, t := range toks {
		out[j] = off
		if k := strings.Index(s[off:], t); k >= 0 {
			out[j] = off + k
			off += k + len(t)
		}
	}
	return out
}

// dateline answers, for the tokens of one sentence, whether a token stands in
// the place a wire dispatch was filed in (see filedAt), matching the
// dateline and finding the tokens' offsets only when first asked.
type dateline struct {
	text     string
	toks     []string
	done     bool
	from, to int
	offs     []int
}

// filed reports whether toks[j] begins within the filed-in place of the
// sentence's wire dateline.
func (d *dateline) filed(j int) bool {
	if !d.done {
		d.done = true
		d.from, d.to = filedAt(d.text)
		if d.to > d.from {
			d.offs = tokenOffsets(d.text, d.toks)
		}
	}
	return d.offs != nil && d.offs[j] >= d.from && d.offs[j] < d.to
}
