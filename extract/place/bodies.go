package place

import (
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/extract/gazetteer"
)

// isActor reports whether the words after a place name make it a body:
// 汕尾市|市场监督管理局, 琼山|分局, 中山|市|市场监管局.
func isActor(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	if isBody(rest[0]) {
		return true
	}
	if len(rest) > 1 && levelChars[rest[0]] != 0 && isBody(rest[1]) {
		return true
	}
	_, ok := abbreviatedBody(rest[0], rest[1:])
	return ok
}

// abbreviatedBody reports whether tok (with the words after it) is a body
// named by its level only (省市场监管局, 市委, 县|质监局) and which level that is.
func abbreviatedBody(tok string, rest []string) (gazetteer.Level, bool) {
	first, _ := utf8.DecodeRuneInString(tok)
	for _, prefix := range levelCharsByFirst[first] {
		lv := levelChars[prefix]
		name, ok := strings.CutPrefix(tok, prefix)
		if !ok {
			continue
		}
		if name == "" {
			if len(rest) > 0 && isBody(rest[0]) && !strings.HasPrefix(rest[0], "分") {
				return lv, true
			}
			continue
		}
		if knownBodies[name] || levelBodies[name] {
			return lv, true
		}
		// 省食药监局, 市农业农村局; not 市场监督管理局, 市民中心, 省级部门.
		if utf8.RuneCountInString(name) >= 3 && isBody(name) && !strings.ContainsRune(notAbbrevStart, []rune(name)[0]) {
			return lv, true
		}
	}
	return 0, false
}

// levelCharsByFirst indexes levelChars by first rune: only the words
// beginning with tok's first rune can begin tok.
var levelCharsByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for w := range levelChars {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// isBody reports whether w names a government body or bureau.
func isBody(w string) bool {
	if bodyWords[w] {
		return true
	}
	if notBodies[w] {
		return false
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 12 {
		return false
	}
	for _, suf := range bodySuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
