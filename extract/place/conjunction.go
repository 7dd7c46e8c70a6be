package place

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// conjunctionRunes begin two-rune county names that are also a conjunction
// and a level character (和县, 与县): 县消防大队和县医院 joins two bodies.
const conjunctionRunes = "和与及同"

// conjunctionRead reports whether the place name toks[j] reads as a
// conjunction and a level character: a two-rune name led by a conjunction,
// after a word that is no place name, before a body (县委和县政府, 大队和县
// 医院). 马鞍山市和县市场监管局 (after its parent) and 在和县举办 (no body
// after it) keep the place. A body is up to three words (消防|救援|大队).
func (r *Resolver) conjunctionRead(toks []string, j int) bool {
	tok := toks[j]
	first, size := utf8.DecodeRuneInString(tok)
	if utf8.RuneCountInString(tok) != 2 || !strings.ContainsRune(conjunctionRunes, first) || j == 0 || j+1 >= len(toks) {
		return false
	}
	prev := toks[j-1]
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !unicode.Is(unicode.Han, last) || len(r.gz.Lookup(prev)) > 0 {
		return false
	}
	level, next := tok[size:], ""
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		next += toks[k] // 和县|消费者|协会, 和县|消防|救援|大队
		if isBody(next) || isBody(level+next) || strings.HasSuffix(next, "队") {
			return true
		}
	}
	return false
}

// companyName reports whether the place name toks[j] only begins the name of
// a company (合肥|热电|集团|有限公司, 合肥|亿|捷|机动车辆|检测|有限公司): the words
// after it, up to the next punctuation and at most six, end in 公司 or 集团.
// A firm's seat is not the region a release reports on.
func companyName(toks []string, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := toks[k]
		if companyStop.in(t) {
			return false
		}
		if strings.HasSuffix(t, "公司") || t == "集团" {
			return true
		}
	}
	return false
}
