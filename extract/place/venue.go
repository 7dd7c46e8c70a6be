package place

import (
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// venueLookahead is how many words after a venue its verb may stand:
// 在|上海东方|绿|舟|拉开帷幕, 在|长春市|文化|广场|举行.
const venueLookahead = 4

// heldAfter reports whether an event is held at the place before toks[k]: a
// venue verb (举行, 拉开帷幕 …) within venueLookahead words, no punctuation
// between.
func heldAfter(toks []string, k int) bool {
	for i := k; i < len(toks) && i < k+venueLookahead; i++ {
		if venueVerbs[toks[i]] {
			return true
		}
		if venueEnd.in(toks[i]) {
			return false
		}
	}
	return false
}

// isVenueAt reports whether toks[j] stands where an event is held: after 在
// and before a venue verb (在|杭州|武林|广场|举行).
func isVenueAt(toks []string, j, next int) bool {
	return j > 0 && toks[j-1] == "在" && heldAfter(toks, next)
}

// venuePrefix returns the place name that begins a venue the segmenter cut
// as one word (上海东方|绿|舟, 北京人民大会堂, 深圳湾) and its matches, or "".
// Only a full name or the short form of a province or prefecture counts (a
// county's short form is too often a word: 东方, 长寿), and not a name that
// only begins an institution's or a building's (中山大学 is in 广州, 湖南大厦 in
// 北京, 南京路 in 上海): see venueNotIn.
func (r *Resolver) venuePrefix(tok string) (string, []gazetteer.Match) {
	if len(r.gz.Lookup(tok)) > 0 {
		return "", nil
	}
	for _, suf := range venueNotIn {
		if strings.HasSuffix(tok, suf) {
			return "", nil
		}
	}
	for n := len(tok) - 1; n > 0; n-- {
		if !utf8.RuneStart(tok[n]) {
			continue
		}
		name := tok[:n]
		if utf8.RuneCountInString(name) < 2 {
			break
		}
		ms := r.gz.Lookup(name)
		if len(ms) == 0 || r.gz.IsCommon(name) || r.gz.IsGeneric(name) {
			continue
		}
		if ms[0].Form == gazetteer.Short && !anyAbove(ms, gazetteer.County) {
			return "", nil
		}
		return name, ms
	}
	return "", nil
}

// anyAbove reports whether one of ms is a unit above level lv.
func anyAbove(ms []gazetteer.Match, lv gazetteer.Level) bool {
	for _, m := range ms {
		if m.Unit.Level < lv {
			return true
		}
	}
	return false
}

// venueNotIn end the names of institutions and buildings that carry a place
// name without standing in that place.
var venueNotIn = []string{
	"大学", "学院", "学校", "中学", "小学", "附中", "医院", "大厦", "饭店", "宾馆", "酒店", "会馆", "办事处",
	"路", "街", "大道", "大街", "巷", "公司", "集团", "银行", "商会", "同乡会",
}

// residentWords after a place name make it the home of the people who speak
// or take part (长春|市民, 广州|居民): the place of the report.
var residentWords = map[string]bool{"市民": true, "居民": true, "村民": true, "县民": true, "群众": true}
