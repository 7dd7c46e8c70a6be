package normalize

import (
	"regexp"
	"strings"
)

// entityRe matches HTML entities left in text, their & sometimes lost to a
// ? by a wrong decoding (咨询?rdquo;).
var entityRe = regexp.MustCompile(`[&?](ldquo|rdquo|lsquo|rsquo|nbsp|mdash|ndash|hellip|middot|bull|times|#12288);`)

var entities = map[string]string{
	"ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "nbsp": " ", "mdash": "—", "ndash": "–",
	"hellip": "…", "middot": "·", "bull": "•",
	"times": "×", "#12288": " ",
}

// fixEntities decodes leftover HTML entities.
func fixEntities(s string) (string, int) {
	if strings.IndexByte(s, ';') < 0 { // every entity ends with one
		return s, 0
	}
	if !strings.Contains(s, "quo;") && !strings.Contains(s, "nbsp;") && !strings.Contains(s, "dash;") &&
		!strings.Contains(s, "hellip;") && !strings.Contains(s, "middot;") && !strings.Contains(s, "bull;") &&
		!strings.Contains(s, "times;") && !strings.Contains(s, "#12288;") {
		return s, 0
	}
	n := 0
	out := entityRe.ReplaceAllStringFunc(s, func(m string) string {
		n++
		return entities[m[1:len(m)-1]]
	})
	return out, n
}

// damagedReading reports a pinyin reading whose character and opening
// parenthesis were lost to a wrong decoding: ?nèi) — the reading goes, the
// sentence stays.
func damagedReading(frag []rune) bool {
	if len(frag) < 3 || frag[0] != '?' || frag[len(frag)-1] != ')' {
		return false
	}
	return tonedSyllables(string(frag[1 : len(frag)-1]))
}

// DropMojibake removes text broken by decoding with the wrong charset or out
// of step: U+FFFD, 锟斤拷/烫烫烫 runs, Greek, Cyrillic, kana or Latin-1 letters
// glued to Han characters, and ASCII ? fragments mixed with rare characters
// or letters (?百|, ?!睋?, 当?shù)鼗顒). A run of ? between words becomes a
// space; a short fragment (at most four runes, no Latin letters) is cut out
// of an otherwise intact sentence; a longer broken span drops the sentence
// holding it (delimited by 。！？; or | table cells) and nothing else. It
// returns the text and the number of fragments and sentences removed.
func DropMojibake(s string) (string, int) {
	s, n := fixEntities(s)
	var e lineEditor
	for start := 0; ; {
		end := lineEnd(s, start)
		if l := s[start:end]; maybeMojibake(l) {
			// removing a span can glue debris to new neighbours: repeat to a fixed point
			changed := false
			for round := 0; round < 8; round++ {
				out, k := dropMojibakeLine([]rune(l))
				if k == 0 || out == l {
					break
				}
				l, n, changed = out, n+k, true
			}
			if changed {
				e.replace(s, start, end, l)
			}
		}
		if end == len(s) {
			break
		}
		start = end + 1
	}
	return e.text(s), n
}

// dropMojibakeNoSeed is DropMojibake(s) for a text holding no rune
// maybeMojibake reports: no line of it is looked at unless decoding an
// entity changed it.
func dropMojibakeNoSeed(s string) (string, int) {
	if _, n := fixEntities(s); n == 0 {
		return s, 0
	}
	return DropMojibake(s)
}

// dropMojibakeLine removes the broken spans of one line (see DropMojibake).
func dropMojibakeLine(rs []rune) (string, int) {
	spans := findSpans(rs)
	if len(spans) == 0 {
		return string(rs), 0
	}
	inSpan := make([]bool, len(rs))
	for _, sp := range spans {
		for k := sp.a; k < sp.b; k++ {
			inSpan[k] = true
		}
	}
	drop := make([]bool, len(rs))
	space := make([]bool, len(rs))
	for _, sp := range spans {
		frag := rs[sp.a:sp.b]
		left, right := sp.a > 0 && isHan(rs[sp.a-1]), sp.b < len(rs) && isHan(rs[sp.b])
		switch {
		case onlyQuestion(frag) && !(left && right):
			space[sp.a] = true // placeholders for unencodable spaces
			mark(drop, sp.a, sp.b)
		case len(frag) <= 4 && !hasASCIILetter(frag), damagedReading(frag):
			mark(drop, sp.a, sp.b)
		default:
			a, b := sp.a, sp.b
			for a > 0 && !(sentenceEnd(rs[a-1]) && !inSpan[a-1]) {
				a--
			}
			for b < len(rs) && !(sentenceEnd(rs[b]) && !inSpan[b]) {
				b++
			}
			if b < len(rs) && rs[b] != '|' {
				b++
			}
			mark(drop, a, b)
		}
	}
	out := make([]rune, 0, len(rs))
	for k, r := range rs {
		switch {
		case space[k] && drop[k]:
			out = append(out, ' ')
		case !drop[k]:
			out = append(out, r)
		}
	}
	line := strings.Join(strings.Fields(string(out)), " ")
	return line, len(spans)
}

func mark(m []bool, a, b int) {
	for k := a; k < b; k++ {
		m[k] = true
	}
}

// sentenceEnd reports runes that end a sentence or a table cell.
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '|':
		return true
	}
	return false
}

func onlyQuestion(rs []rune) bool {
	for _, r := range rs {
		if r != '?' && !broken(r) {
			return false
		}
	}
	return true
}

func hasASCIILetter(rs []rune) bool {
	for _, r := range rs {
		if isASCIILetter(r) {
			return true
		}
	}
	return false
}
