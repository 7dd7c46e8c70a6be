package place

import (
	"iter"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ccorpus/ccorpus/normalize/literal"
)

// Role weights: how much a mention counts by where it stands.
const (
	wHeadline = 4.0 // title, origin, or the first short line of a text without a title
	wHint     = 3.0 // the sources file's region
	wDateline = 2.0 // the first sentence of the body
	wBody     = 1.0
	actorMul  = 3.0 // a place named as a body (汕尾市市场监督管理局) or a body abbreviated (省市场监管局)
)

// sentence is a piece of text with the weight of its role.
type sentence struct {
	text   string
	weight float64
	credit bool // the origin or a source credit: who published, not what is reported
	// passed says the precheck has passed the sentence (eachSentence with
	// a precheck, after the datelines).
	passed bool
}

// sentences splits the input into weighted sentences.
func sentences(in Input) []sentence {
	var out []sentence
	for s := range eachSentence(in, nil) {
		out = append(out, s)
	}
	return out
}

// eachSentence yields the weighted sentences of the input in order, as
// sentences returns them, but, with a precheck pre, for the sentences after
// the datelines that pre.may rejects: those are not yielded (the rest are,
// marked passed), and each such line is checked and cut in one walk
// (pre.appendPassing). nil yields every sentence. A sentence after the
// datelines is neither a headline nor a dateline, so the sentences yielded
// keep their weights.
func eachSentence(in Input, pre *precheck) iter.Seq[sentence] {
	return func(yield func(sentence) bool) {
		if !eachHeadlinePart(in.Title, yield) {
			return
		}
		origin := strings.TrimSpace(in.Origin)
		if o := branchOffice(origin); o != "" && !yield(sentence{text: o, weight: wHeadline, credit: true}) {
			return
		}
		if h := strings.TrimSpace(in.RegionHint); h != "" && !yield(sentence{text: h, weight: wHint}) {
			return
		}
		if origin == "" {
			// A source credit in the text (来源:某某之声) is the origin the
			// metadata lacks.
			if o := creditedSource(in.Text); o != "" && !yield(sentence{text: o, weight: wHeadline, credit: true}) {
				return
			}
		}
		// Without a title, the short lines before the first paragraph may hold the
		// headline (after site chrome such as 中国质量新闻网).
		headlines := 0
		if in.Title == "" {
			headlines = 3
		}
		datelines := 2 // the first two sentences of the body: the dateline and the lead
		var buf [16]string
		parts := buf[:0]
		for rest, more := in.Text, true; more; {
			line := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				more = false
			}
			line = trimSpace(line)
			if line == "" || isLinkItem(line) {
				continue
			}
			if headlines > 0 && datelines == 2 && utf8.RuneCountInString(line) <= 60 && !strings.ContainsAny(line, "。！？") {
				if !eachHeadlinePart(line, yield) {
					return
				}
				headlines--
				continue
			}
			if datelines == 0 && pre != nil {
				parts = pre.appendPassing(parts[:0], line)
				for _, s := range parts {
					if !yield(sentence{text: s, weight: wBody, passed: true}) {
						return
					}
				}
				continue
			}
			parts = appendSentences(parts[:0], line)
			for _, s := range parts {
				w := wBody
				if datelines > 0 && utf8.RuneCountInString(s) > 8 {
					w = wDateline
					datelines--
				}
				if !yield(sentence{text: s, weight: w}) {
					return
				}
			}
		}
	}
}

// sourceCreditRe: a source credit, 来源 and the medium or body named.
var sourceCreditRe = regexp.MustCompile(`来源\s*[:：]\s*([^\s|，,。；;]{2,20})`)

// breadcrumbRe: a breadcrumb line, the site's own sections (首页/ 今日某县/ 正文).
var breadcrumbRe = regexp.MustCompile(`^(您当前所在的?位置[是为]?\s*[:：]\s*)?首页\s*[/>»＞]`)

// creditedSource returns the medium or body of the text's first source
// credit, or else the sections of a breadcrumb line (a site names its region
// in them: 今日某县), or "".
func creditedSource(text string) string {
	// 来源 and 首页 are in every match of the patterns: most texts are
	// passed by without running them.
	if literal.Contains(text, "来源") {
		if m := sourceCreditRe.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	if !literal.Contains(text, "首页") {
		return ""
	}
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); strings.Contains(l, "首页") && breadcrumbRe.MatchString(l) && utf8.RuneCountInString(l) <= 60 {
			return l
		}
	}
	return ""
}

// branchOffice returns the issuing office of an origin that names a branch
// after its parent body (深圳市市场监督管理局福田监管局 → 福田监管局, 某市公安局
// 某某分局 → 某某分局): the branch, in the lower unit, issued the release, so the
// parent's region must not outvote it. Any other origin is returned whole.
func branchOffice(o string) string {
	i := strings.Index(o, "局")
	if i < 0 {
		return o
	}
	rest := o[i+len("局"):]
	if utf8.RuneCountInString(rest) < 3 {
		return o
	}
	if strings.HasSuffix(rest, "局") || strings.HasSuffix(rest, "所") {
		return rest
	}
	return o
}

// splitSentences cuts a paragraph after 。！？; and ；.
func splitSentences(p string) []string { return appendSentences(nil, p) }

// appendSentences appends the sentences of paragraph p (see splitSentences) to out.
func appendSentences(out []string, p string) []string {
	for start := 0; start < len(p); {
		end := sentenceEnd(p, start)
		if s := trimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	return out
}

// sentenceEnd returns where the sentence of p that goes on at from ends:
// after the first sentence mark from from on, or at the end of p.
func sentenceEnd(p string, from int) int {
	for i := from; i < len(p); i++ {
		// The marks by their bytes: 。 is E3 80 82; ！？； are EF BC 81, 9F, 9B.
		// A valid mark is found where ranging over the runes finds it (its
		// lead byte continues no rune, and no rune takes one of its bytes).
		switch b := p[i]; {
		case !markByte[b]:
		case b == '!' || b == '?' || b == ';':
			return i + 1
		case b == 0xE3 && i+2 < len(p) && p[i+1] == 0x80 && p[i+2] == 0x82,
			b == 0xEF && i+2 < len(p) && p[i+1] == 0xBC && (p[i+2] == 0x81 || p[i+2] == 0x9F || p[i+2] == 0x9B):
			return i + 3
		}
	}
	return len(p)
}

// markByte holds the bytes that begin a sentence mark: ! ? ; and the lead
// bytes of 。 (0xE3) and of ！？； (0xEF).
var markByte = [256]bool{'!': true, '?': true, ';': true, 0xE3: true, 0xEF: true}

// isJoint reports whether s names a joint action of several provinces by
// their one-character abbreviations (苏浙皖赣沪, 京津冀).
func isJoint(s string) bool {
	run := 0
	for _, r := range s {
		if strings.ContainsRune(provinceAbbrev, r) {
			if run++; run >= 3 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// isLinkItem reports whether line is an item of a list of links (related
// news, latest news) rather than text: bulleted, or cut off with an ellipsis.
func isLinkItem(line string) bool {
	// The bullets begin with C2 (·) or E2 (the others): most lines begin
	// with neither.
	if b := firstByte(line); b == 0xC2 || b == 0xE2 {
		for _, b := range []string{"•", "·", "●", "◆", "▪", "■", "□", "○"} {
			if strings.HasPrefix(line, b) {
				return true
			}
		}
	}
	return strings.HasSuffix(line, "...") || strings.HasSuffix(line, "…")
}

// eachHeadlinePart yields the parts of a title (新华视界｜河北遵化：…-新华网河北频道-新华网),
// split at -_|｜— and trimmed, until yield returns false, and reports
// whether it did not: the parts that name the site (ending in 网, 频道, 网站,
// …) weigh as body text.
func eachHeadlinePart(title string, yield func(sentence) bool) bool {
	start := -1 // where the current part began, -1 between parts
	for at, r := range title {
		if !isTitleSep(r) {
			if start < 0 {
				start = at
			}
			continue
		}
		if start >= 0 && !yieldHeadlinePart(title[start:at], yield) {
			return false
		}
		start = -1
	}
	return start < 0 || yieldHeadlinePart(title[start:], yield)
}

// isTitleSep reports whether r separates the parts of a title.
func isTitleSep(r rune) bool {
	switch r {
	case '-', '_', '|', '｜', '—':
		return true
	}
	return false
}

// yieldHeadlinePart yields one part of a title, trimmed and weighed, unless
// it is empty, and reports whether to go on.
func yieldHeadlinePart(part string, yield func(sentence) bool) bool {
	if part = trimSpace(part); part == "" {
		return true
	}
	w := wHeadline
	for _, suf := range siteSuffixes {
		if strings.HasSuffix(part, suf) {
			w = wBody
			break
		}
	}
	return yield(sentence{text: part, weight: w})
}

// firstByte returns s[0], 0 for "".
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// trimSpace returns strings.TrimSpace(s), at once when s begins and ends
// with a character that is surely no space: ASCII other than TrimSpace's
// (\t \n \v \f \r and ' ') or a three-byte character from U+3001 on (the
// spaces are all below but U+3000). Most lines and sentences of Chinese
// text do, and strings.TrimSpace decodes their ends by a function value.
func trimSpace(s string) string {
	n := len(s)
	if n > 0 && !maySpaceAt(s[0], s[min(1, n-1)], s[min(2, n-1)], n >= 3) {
		if b := s[n-1]; b < utf8.RuneSelf && !asciiSpace[b] ||
			n >= 3 && b&0xC0 == 0x80 && s[n-2]&0xC0 == 0x80 && !maySpaceAt(s[n-3], s[n-2], b, true) {
			return s
		}
	}
	return strings.TrimSpace(s)
}

// maySpaceAt reports whether the character that begins with b0 (then b1
// and b2, when three bytes are there) may be a space: false only for ASCII
// other than TrimSpace's spaces, and for lead bytes E3–EF with two bytes
// after them (U+3000–U+FFFF) but E3 80 80 (U+3000, the ideographic space).
// The caller checks that b1 and b2 are continuation bytes where it needs.
func maySpaceAt(b0, b1, b2 byte, three bool) bool {
	switch {
	case b0 < utf8.RuneSelf:
		return asciiSpace[b0]
	case b0 >= 0xE3 && b0 <= 0xEF && three:
		return b0 == 0xE3 && b1 == 0x80 && b2 == 0x80
	}
	return true
}

// asciiSpace holds TrimSpace's ASCII spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
